import type { CivilDate } from '../time'

/** Morning or afternoon of a walk-in day (R2): the first or second span of `walkInHours`. */
export type DutyHalf = 'am' | 'pm'
export const DUTY_HALVES: readonly DutyHalf[] = ['am', 'pm']

/**
 * One staff member on weekend duty (周末值班, R2, R21) for one half-day at
 * one window; `leads` marks the leader in charge (带班, R22). Check-in and
 * check-out are the server's clock (考勤, R21). The field names are a
 * contract: supervision (R23) reads them.
 */
export interface DutyShift {
  id: string
  date: CivilDate
  half: DutyHalf
  windowId: string
  staffId: string
  /** Kept beside the id so a roster reads one collection. */
  staffName: string
  leads: boolean
  /** Set when the person is of another window of the same department, covering this one (顶岗, R21). */
  coversFromWindowId?: string
  scheduledBy: string
  scheduledAt: number
  version: number
  checkInAt?: number
  checkOutAt?: number
  lateCheckIn?: boolean
}

/**
 * The one id a staff member's shift on a half-day can have: scheduling the
 * same person twice is the same record, whoever taps.
 * @example dutyShiftId('2026-10-17', 'am', 'staff-rs-1') // 'duty-2026-10-17-am-staff-rs-1'
 */
export function dutyShiftId(date: CivilDate, half: DutyHalf, staffId: string): string {
  return `duty-${date}-${half}-${staffId}`
}

/** The id of the marker that lets one leader, not two, lead a window's half-day (R22). */
export function dutyLeadId(date: CivilDate, half: DutyHalf, windowId: string): string {
  return `lead-${date}-${half}-${windowId}`
}
