import type { DayInfo, TimeSpan } from '@shared/calendar'
import type { DutyGap, DutyShift } from '@shared/duty'

/** `counter` `duty.mine` (api.md). */
export interface MyDutyAnswer {
  today: string
  shifts: DutyShift[]
  walkInHours: TimeSpan[]
}

/** One window of the roster, with its active staff. */
export interface RosterWindow {
  id: string
  number: string
  name: string
  servesWalkIn: boolean
  staff: { id: string; name: string; leader: boolean }[]
}

/** `section` `duty.roster` (api.md). */
export interface RosterAnswer {
  from: string
  to: string
  days: DayInfo[]
  windows: RosterWindow[]
  shifts: DutyShift[]
  gaps: DutyGap[]
  walkInHours: TimeSpan[]
}

export type { DutyGap, DutyShift }
