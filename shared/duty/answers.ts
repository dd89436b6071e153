import type { DayInfo, TimeSpan } from '../calendar'
import type { DutyGap } from './dutyGaps'
import type { DutyShift } from './dutyShift'

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
  walkInHours: readonly TimeSpan[]
}

/** `counter` `duty.checkIn` and `duty.checkOut`: the shift, and the minutes credited to the time bank on checking out (R24). */
export interface AttendanceAnswer {
  shift: DutyShift
  creditedMinutes?: number
}
