import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { civilDateOf } from '@shared/time'
import { ActionButton } from '../../../../components/ActionButton'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Notice } from '../../../../components/Notice'
import { Page } from '../../../../components/Page'
import { useLargeText } from '../../../../features/settings/useLargeText'
import { PointsChart, ServedChart } from '../../../../features/supervision/Bars'
import { pointsBars, servedBars } from '../../../../features/supervision/chartBars'
import { PeriodPicker } from '../../../../features/supervision/PeriodPicker'
import { PointsTable } from '../../../../features/supervision/PointsTable'
import { useSupervision } from '../../../../features/supervision/useSupervision'
import { WindowCard } from '../../../../features/supervision/WindowCard'
import { FindingForm } from '../../../../features/supervision/FindingForm'
import { FindingsList } from '../../../../features/supervision/FindingsList'
import { formatFullDate } from '../../../../features/calendar/formatCivilDate'

// H5 downloads a file; a mini-program cannot hand Excel a file, so it copies the table (see exportCsv).
const EXPORT_LABEL = process.env.TARO_ENV === 'h5' ? '导出统计表（表格文件）' : '复制统计表'

/** 窗口督查 (R23): per window and period, appointments, weekend duty, reviews, the section's own findings and the points deducted. */
export default function SupervisionPage() {
  const { largeText } = useLargeText()
  const today = useMemo(() => civilDateOf(Date.now()), [])
  const s = useSupervision(today)
  const data = s.report.data
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">窗口督查</Text>
        <Text className="line muted">各窗口节假日预约、周末值班与评价情况，按扣分标准计分（北京时间）。</Text>
        <PeriodPicker kind={s.kind} onChoose={s.choose} custom={s.custom} onCustom={s.setCustom} onApply={s.applyCustom} errors={s.errors} />
        <Text className="line">
          统计期间：{formatFullDate(s.applied.from)} 至 {formatFullDate(s.applied.to)}
        </Text>
      </View>
      {s.report.error && <ErrorNotice error={s.report.error} onRetry={s.report.reload} />}
      {!data && !s.report.error && <Text className="line muted">正在统计…</Text>}
      {data && (
        <View>
          {data.truncated && <Notice tone="warn">记录过多，统计不完整，请缩短统计期间。</Notice>}
          <View className="card">
            <Text className="card__title">合计扣分：{data.totals.pointsDeducted} 分</Text>
            <Text className="line">
              派单 {data.totals.counts.dispatched} · 已服务 {data.totals.counts.served} · 值班脱岗 {data.totals.counts.shiftsAbsent} · 周末办件 {data.totals.counts.walkInServed} · 差评 {data.totals.counts.badReviews}
            </Text>
            <ActionButton className="btn-secondary" disabled={s.exporting} onClick={s.exportFile}>
              {s.exporting ? '正在导出…' : EXPORT_LABEL}
            </ActionButton>
            {s.exported && <Text className="line supervision-exported">{s.exported}</Text>}
          </View>
          <View className="card">
            <Text className="card__title">各窗口扣分</Text>
            <PointsChart bars={pointsBars(data.windows)} />
          </View>
          <View className="card">
            <Text className="card__title">预约服务情况</Text>
            <Text className="line muted">按时确认：在预约日前最后一个工作日结束前（或派单、批准变更当天）确认。</Text>
            <ServedChart bars={servedBars(data.windows)} />
          </View>
          <FindingsList findings={data.findings} />
          <FindingForm windows={data.windows} today={civilDateOf(data.generatedAt)} onSaved={s.report.reload} />
          {data.windows.map((row) => (
            <WindowCard key={row.windowId} row={row} />
          ))}
          <PointsTable points={data.points} />
        </View>
      )}
    </Page>
  )
}
