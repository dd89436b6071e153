/**
 * Weekend duty (周末无休值班, R2, R21, R22): shifts on walk-in days, the
 * leader in charge (带班), attendance and the roster's gaps. Pure: "now",
 * the calendar and the settings are parameters.
 */
export { DUTY_HALVES, dutyLeadId, dutyShiftId, type DutyHalf, type DutyShift } from './dutyShift'
export { halfDaySpan } from './halfDaySpan'
export { walkInDayCheck } from './walkInDayCheck'
export { checkInShift, checkOutShift, type AttendanceStep } from './checkInShift'
export { dutyGaps, type DutyGap } from './dutyGaps'
export {
  dutyCloseInputSchema,
  dutyReopenInputSchema,
  dutyRosterInputSchema,
  dutyScheduleInputSchema,
  dutyShiftRefSchema,
  DEFAULT_ROSTER_DAYS,
  MAX_ROSTER_DAYS,
} from './dutySchemas'
export { closedKey, dutyClosureId, type DutyClosure } from './dutyClosure'
export { coverCheck } from './coverCheck'
export { MAX_WALK_IN_COUNT, walkInLogCheck, walkInLogInputSchema, walkInServiceId, type WalkInService } from './walkInService'
export { weekendWalkInDays, weekendWalkInView, type WeekendDay, type WeekendWalkInAnswer, type WeekendWindow } from './weekendWalkIn'
export { rosterSpan } from './rosterSpan'
export type { AttendanceAnswer, MyDutyAnswer, RosterAnswer, RosterWindow, WalkInTodayAnswer } from './answers'
