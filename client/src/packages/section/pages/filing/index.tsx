import { Input, Text, View } from '@tarojs/components'
import { ActionButton } from '../../../../components/ActionButton'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Field } from '../../../../components/Field'
import { LoadMore } from '../../../../components/LoadMore'
import { Notice } from '../../../../components/Notice'
import { Page } from '../../../../components/Page'
import { UnfiledRow } from '../../../../features/records/UnfiledRow'
import { useFiling } from '../../../../features/records/useFiling'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 归档 (R8, R19): the section files served records in batches, each under the archive's own number. */
export default function FilingPage() {
  const { largeText } = useLargeText()
  const filing = useFiling()
  const { list, entries, chosen } = filing
  const overdue = entries.filter((e) => e.overdue).length
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">登记表归档</Text>
        <Text className="line muted">
          {list.data ? `待归档 ${list.data.total ?? entries.length} 条${overdue ? `，其中 ${overdue} 条已超过${list.data.filingDueDays}天` : ''}` : '正在加载…'}
        </Text>
        <Text className="line muted">选择已办结的记录，填写卷盒号后一并归档，每条记录自动编上归档号。</Text>
      </View>
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {filing.outcome && <Notice>{filing.outcome}</Notice>}
      {list.data && entries.length === 0 && <Text className="line muted">暂无待归档的记录</Text>}
      {entries.length > 0 && (
        <View className="card">
          <Field label="卷盒号（可不填）" hint="如：2026年国庆第1盒">
            <Input className="admin-input" value={filing.box} onInput={(e) => filing.setBox(e.detail.value)} />
          </Field>
          {filing.error && <Text className="line error-text">{filing.error.message}</Text>}
          <View className="section-actions">
            <ActionButton className="btn-secondary" onClick={filing.chooseAll}>
              全选本页
            </ActionButton>
            <ActionButton className="btn-primary" disabled={filing.busy || chosen.size === 0} onClick={() => void filing.file()}>
              {filing.busy ? '正在归档…' : `归档所选（${chosen.size}条）`}
            </ActionButton>
          </View>
        </View>
      )}
      {entries.map((entry) => (
        <UnfiledRow key={entry.appointment.id} entry={entry} chosen={chosen.has(entry.appointment.id)} onToggle={() => filing.toggle(entry.appointment.id)} />
      ))}
      <LoadMore shown={entries.length} total={list.data?.total} more={list.more} loading={list.loading} onMore={list.loadMore} />
    </Page>
  )
}
