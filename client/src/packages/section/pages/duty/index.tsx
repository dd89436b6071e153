import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Notice } from '../../../../components/Notice'
import { Page } from '../../../../components/Page'
import { formatMonthDay, formatWeekday } from '../../../../features/calendar/formatCivilDate'
import { halfDayLabel } from '../../../../features/duty/halfDayLabel'
import { RosterCellView } from '../../../../features/duty/RosterCellView'
import { useDutyRoster } from '../../../../features/duty/useDutyRoster'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 周末排班 (R2, R22): the next walk-in days, per window who is on and who leads, the gaps, add and remove. */
export default function DutySchedulePage() {
  const { largeText } = useLargeText()
  const roster = useDutyRoster()
  const data = roster.data
  const unknown = data?.days.filter((d) => d.service === 'unknown') ?? []
  const gaps = data?.gaps.length ?? 0
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">周末排班</Text>
        <Text className="line muted">为今后四周的周末无休日安排窗口值班人员和带班负责人（调休上班日和节假日不排）。点“+ 姓名”加入，签到前可移除。</Text>
        {data && <Text className={gaps ? 'line error-text' : 'line'}>{gaps ? `尚有 ${gaps} 个时段缺人或缺带班` : '所有窗口均已排班'}</Text>}
      </View>
      {roster.error && <ErrorNotice error={roster.error} onRetry={roster.reload} />}
      {roster.loading && !data && <Text className="line muted">正在加载…</Text>}
      {roster.writeError && <Text className="line error-text">{roster.writeError.message}</Text>}
      {unknown.length > 0 && <Notice tone="warn">{`${unknown[0].date} 起的节假日安排尚未公布，暂不能排班。`}</Notice>}
      {data && roster.rows.length === 0 && <Text className="line muted">近四周没有周末无休日。</Text>}
      {roster.rows.map((row) => (
        <View key={`${row.date}-${row.half}`} className="card">
          <Text className="card__title">{`${formatMonthDay(row.date)} ${formatWeekday(row.date)} ${halfDayLabel(row.half, data?.walkInHours ?? [])}`}</Text>
          {row.cells.map((cell) => (
            <RosterCellView
              key={cell.window.id}
              cell={cell}
              busy={roster.busy}
              onAdd={(staffId, leads) => void roster.add({ date: row.date, half: row.half, windowId: cell.window.id, staffId, leads })}
              onRemove={(shiftId) => void roster.remove(shiftId)}
            />
          ))}
        </View>
      ))}
    </Page>
  )
}
