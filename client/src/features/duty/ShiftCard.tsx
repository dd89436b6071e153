import { Text, View } from '@tarojs/components'
import type { TimeSpan } from '@shared/calendar'
import { ActionButton } from '../../components/ActionButton'
import { formatMonthDay, formatWeekday } from '../calendar/formatCivilDate'
import { attendanceLine, attendanceState } from './attendanceState'
import { halfDayLabel } from './halfDayLabel'
import type { DutyShift } from '@shared/duty'

/** One of my shifts: when, whether I lead it (带班), my attendance, and the button the moment allows (R21). */
export function ShiftCard({
  shift,
  today,
  walkInHours,
  busy,
  onCheckIn,
  onCheckOut,
}: {
  shift: DutyShift
  today: string
  walkInHours: readonly TimeSpan[]
  busy: boolean
  onCheckIn: () => void
  onCheckOut: () => void
}) {
  const state = attendanceState(shift, today)
  return (
    <View className="counter-row">
      <Text className="line">
        {`${formatMonthDay(shift.date)} ${formatWeekday(shift.date)} ${halfDayLabel(shift.half, walkInHours)}`}
        {shift.leads && <Text className="admin-tag admin-tag--ok">带班</Text>}
      </Text>
      <Text className={shift.lateCheckIn ? 'line error-text' : 'line muted'}>{attendanceLine(shift)}</Text>
      {state === 'missed' && <Text className="line error-text">未签到（缺勤）</Text>}
      {state === 'upcoming' && <Text className="line muted">值班当天可签到</Text>}
      {state === 'checkIn' && (
        <ActionButton className="btn-primary" disabled={busy} onClick={onCheckIn}>
          {busy ? '正在提交…' : '签到'}
        </ActionButton>
      )}
      {state === 'checkOut' && (
        <ActionButton className="btn-primary" disabled={busy} onClick={onCheckOut}>
          {busy ? '正在提交…' : '签退'}
        </ActionButton>
      )}
    </View>
  )
}
