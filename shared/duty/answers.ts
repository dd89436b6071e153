import type { DayInfo, TimeSpan } from '../calendar'
import type { DutyClosure } from './dutyClosure'
import type { DutyGap } from './dutyGaps'
import type { DutyShift } from './dutyShift'
import type { WalkInService } from './walkInService'

/** `counter` `duty.mine`: the caller's shifts from today. */
export interface MyDutyAnswer {
  today: string
  shifts: DutyShift[]
  walkInHours: readonly TimeSpan[]
}

/** One window of the roster, with its active staff. */
export interface RosterWindow {
  id: string
  number: string
  name: string
  /** Windows of one department may cover each other (顶岗, R21). */
  departmentId: string
  servesWalkIn: boolean
  staff: { id: string; name: string; leader: boolean }[]
}

/** `section` `duty.roster`. */
export interface RosterAnswer {
  from: string
  to: string
  days: DayInfo[]
  windows: RosterWindow[]
  shifts: DutyShift[]
  gaps: DutyGap[]
  /** Days the section closed for a window, with its reason (R21, R23). */
  closures: DutyClosure[]
  walkInHours: readonly TimeSpan[]
}

/** `counter` `duty.checkIn` and `duty.checkOut`: the shift, and the minutes credited to the time bank on checking out (R24). */
export interface AttendanceAnswer {
  shift: DutyShift
  creditedMinutes?: number
}

/** `counter` `walkIn.today` (R2, R21): my shifts today, the windows I am on duty for with their walk-in items, and what was logged there today. */
export interface WalkInTodayAnswer {
  today: string
  shifts: DutyShift[]
  windows: { id: string; number: string; name: string; items: { id: string; name: string }[] }[]
  services: WalkInService[]
}
