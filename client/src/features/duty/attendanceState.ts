import type { DutyShift } from '@shared/duty'
import { civilTimeOf } from '@shared/time'

/** What a staff member can do with a shift now: the server decides again on every tap (R21). */
export type AttendanceState = 'upcoming' | 'checkIn' | 'checkOut' | 'done' | 'missed'

/**
 * The shift's state on `today` (the server's date): check in on its day,
 * check out after checking in; a past day without check-in was missed.
 * @example attendanceState({ date: '2026-10-17' }, '2026-10-17') // 'checkIn'
 */
export function attendanceState(shift: Pick<DutyShift, 'date' | 'checkInAt' | 'checkOutAt'>, today: string): AttendanceState {
  if (shift.checkOutAt !== undefined) return 'done'
  if (shift.checkInAt !== undefined) return 'checkOut'
  if (shift.date > today) return 'upcoming'
  return shift.date === today ? 'checkIn' : 'missed'
}

/**
 * The attendance line of a shift, in Beijing time.
 * @example attendanceLine({ checkInAt, lateCheckIn: true }) // '签到 08:40（迟到）'
 */
export function attendanceLine(shift: Pick<DutyShift, 'checkInAt' | 'checkOutAt' | 'lateCheckIn'>): string {
  if (shift.checkInAt === undefined) return '未签到'
  const parts = [`签到 ${civilTimeOf(shift.checkInAt)}${shift.lateCheckIn ? '（迟到）' : ''}`]
  if (shift.checkOutAt !== undefined) parts.push(`签退 ${civilTimeOf(shift.checkOutAt)}`)
  return parts.join(' · ')
}
