import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { LoadMore } from '../../../../components/LoadMore'
import { Page } from '../../../../components/Page'
import { ChangePanel } from '../../../../features/section/ChangePanel'
import { DispatchPanel } from '../../../../features/section/DispatchPanel'
import { dispatchWindows } from '../../../../features/section/dispatchWindows'
import { ForceMajeureEntry } from '../../../../features/section/ForceMajeureEntry'
import { InboxEntryCard } from '../../../../features/section/InboxEntryCard'
import { SectionMessagesCard } from '../../../../features/section/SectionMessagesCard'
import { SplitPanel } from '../../../../features/scheme/SplitPanel'
import { useInbox } from '../../../../features/section/useInbox'
import { useLargeText } from '../../../../features/settings/useLargeText'

export default function SectionInboxPage() {
  const { largeText } = useLargeText()
  const { inbox, groups, departments, items, messages } = useInbox()
  const reload = inbox.reload
  // The dispatched request leaves the inbox: the page says where it went and what comes next.
  const [dispatched, setDispatched] = useState<string>()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">派单与审批</Text>
        <Text className="line muted">
          待派单 {groups.waiting.length} · 待审批变更 {groups.changes.length} · 不可抗力 {groups.forceMajeure.length}
        </Text>
        <Text className="line link" onClick={() => void Taro.navigateTo({ url: '/packages/section/pages/appointments/index' })}>
          查看全部预约（含已派单、已办结）
        </Text>
      </View>
      {dispatched && (
        <View className="notice section-success">
          <Text>{dispatched}</Text>
        </View>
      )}
      <SectionMessagesCard ask={messages} />
      {inbox.error && <ErrorNotice error={inbox.error} onRetry={reload} />}
      <Text className="section-heading">待派单</Text>
      {inbox.data && groups.waiting.length === 0 && <Text className="line muted">暂无待派单的预约</Text>}
      {groups.waiting.map((entry) => (
        <InboxEntryCard key={entry.appointment.id} entry={entry}>
          <DispatchPanel
            key={entry.appointment.version}
            entry={entry}
            windows={dispatchWindows(entry, departments, items)}
            onDone={(message) => {
              setDispatched(message)
              reload()
            }}
          />
          <SplitPanel key={`split-${entry.appointment.version}`} entry={entry} onDone={reload} />
        </InboxEntryCard>
      ))}
      <Text className="section-heading">待审批变更</Text>
      {inbox.data && groups.changes.length === 0 && <Text className="line muted">暂无待审批的变更</Text>}
      {groups.changes.map((entry) => (
        <InboxEntryCard key={entry.appointment.id} entry={entry}>
          <ChangePanel key={entry.appointment.version} entry={entry} onDone={reload} />
        </InboxEntryCard>
      ))}
      <Text className="section-heading">不可抗力报告</Text>
      {inbox.data && groups.forceMajeure.length === 0 && <Text className="line muted">暂无不可抗力报告</Text>}
      {groups.forceMajeure.map((entry) => (
        <InboxEntryCard key={entry.appointment.id} entry={entry}>
          <ForceMajeureEntry appointment={entry.appointment} />
        </InboxEntryCard>
      ))}
      <LoadMore shown={inbox.data?.items.length ?? 0} total={inbox.data?.total} more={inbox.more} loading={inbox.loading} onMore={inbox.loadMore} />
    </Page>
  )
}
