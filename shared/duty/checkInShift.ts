import { fail, ok, type ApiResult } from '../api'
import type { TimeSpan } from '../calendar'
import { beijingInstant, civilDateOf } from '../time'
import type { DutyShift } from './dutyShift'
import { halfDaySpan } from './halfDaySpan'

/** The shift after a check-in or check-out, and whether anything changed (a double tap changes nothing). */
export interface AttendanceStep {
  shift: DutyShift
  changed: boolean
}

/**
 * Check-in (考勤, R21) at `now`, the server's clock: only on the shift's day
 * (Beijing), and flagged late after the half-day's start (08:30 / 13:30,
 * setting `walkInHours`). A second check-in keeps the first time.
 * @example checkInShift(shift, Date.parse('2026-10-17T08:40:00+08:00'), hours) // lateCheckIn: true
 */
export function checkInShift(shift: DutyShift, now: number, walkInHours: readonly TimeSpan[]): ApiResult<AttendanceStep> {
  if (shift.checkInAt !== undefined) return ok({ shift, changed: false })
  const today = civilDateOf(now)
  if (today < shift.date) return fail('TOO_EARLY', `值班日期为${shift.date}，当天才能签到`)
  if (today > shift.date) return fail('INVALID_TRANSITION', '值班日期已过，不能再签到')
  const span = halfDaySpan(shift.half, walkInHours)
  const late = span ? now > beijingInstant(shift.date, span.start).getTime() : false
  return ok({ shift: { ...shift, checkInAt: now, lateCheckIn: late, version: shift.version + 1 }, changed: true })
}

/**
 * Check-out at `now`, after a check-in (R21). A second check-out keeps the
 * first time, so a double tap credits the time bank once.
 */
export function checkOutShift(shift: DutyShift, now: number): ApiResult<AttendanceStep> {
  if (shift.checkOutAt !== undefined) return ok({ shift, changed: false })
  if (shift.checkInAt === undefined) return fail('INVALID_TRANSITION', '请先签到，再签退')
  return ok({ shift: { ...shift, checkOutAt: Math.max(now, shift.checkInAt), version: shift.version + 1 }, changed: true })
}
