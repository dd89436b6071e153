import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Notice } from '../../../../components/Notice'
import { Page } from '../../../../components/Page'
import { formatMonthDay } from '../../../../features/calendar/formatCivilDate'
import { halfDayLabel } from '../../../../features/duty/halfDayLabel'
import { RosterDayCard } from '../../../../features/duty/RosterDayCard'
import { RosterSlotPanel } from '../../../../features/duty/RosterSlotPanel'
import { useDutyRoster } from '../../../../features/duty/useDutyRoster'
import { useMe } from '../../../../features/session/useMe'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 周末排班 (R2, R21, R22, R23): the next walk-in days by date and window, the gaps filled where they are shown, cover and closed days. */
export default function DutySchedulePage() {
  const { largeText } = useLargeText()
  const roster = useDutyRoster()
  const me = useMe()
  const data = roster.data
  const hours = data?.walkInHours ?? []
  const unknown = data?.days.filter((d) => d.service === 'unknown') ?? []
  const gaps = roster.days.reduce((n, d) => n + d.gaps, 0)
  const selected = roster.selected
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">周末排班</Text>
        <Text className="line muted">{`今后四周的周末无休日（调休上班日和节假日不排）。${halfDayLabel('am', hours)}，${halfDayLabel('pm', hours)}。点任一时段安排人员；本窗口无人时可由同部门其他窗口顶岗，或决定当天不开放。`}</Text>
        {data && <Text className={gaps ? 'line error-text' : 'line'}>{gaps ? `尚有 ${gaps} 个时段无人值班` : '所有窗口均已排班'}</Text>}
      </View>
      {roster.error && <ErrorNotice error={roster.error} onRetry={roster.reload} />}
      {roster.loading && !data && <Text className="line muted">正在加载…</Text>}
      {unknown.length > 0 && <Notice tone="warn">{`${formatMonthDay(unknown[0].date)}起的节假日安排尚未公布，暂不能排班。`}</Notice>}
      {data && roster.days.length === 0 && <Text className="line muted">近四周没有周末无休日。</Text>}
      {roster.days.map((day) => (
        <RosterDayCard
          key={day.date}
          day={day}
          selected={selected}
          onSelect={roster.select}
          panel={(line) =>
            selected && (
              <RosterSlotPanel
                key={`${selected.date}-${selected.windowId}`}
                date={day.date}
                half={selected.half}
                line={line}
                canDecide={me.data?.roles.includes('section') ?? false}
                walkInHours={hours}
                busy={roster.busy}
                done={roster.done}
                error={roster.writeError}
                fieldErrors={roster.fieldErrors}
                onAdd={(staffId, leads, name) => void roster.add({ date: day.date, half: selected.half, windowId: line.window.id, staffId, leads }, name)}
                onRemove={(shiftId) => void roster.remove(shiftId)}
                onClose={(reason) => void roster.close(day.date, line.window.id, reason)}
                onReopen={() => void roster.reopen(day.date, line.window.id)}
                onDismiss={() => roster.select(null)}
              />
            )
          }
        />
      ))}
    </Page>
  )
}
