/**
 * The time bank (时间银行, R24): a ledger per staff member of minutes earned
 * on weekend duty and holiday appointments and taken as compensatory leave
 * (调休). Pure: the ledger's arithmetic, what each source credits, and the
 * leave request's rules.
 */
export { timeBankEntryId, type TimeBankEntry } from './timeBankEntry'
export { balanceOf, postEntry, OVERDRAWN_MESSAGE } from './ledger'
export { appointmentCreditMinutes, dutyCreditMinutes } from './creditMinutes'
export { leaveEnd, leaveMinutes } from './leaveMinutes'
export { availableMinutes, leaveEndsAt, spansOverlap, type LeaveRequest, type LeaveStatus } from './leaveRequest'
export { leaveClash, type LeaveClash, type LeaveOnDay } from './leaveClash'
export { appointmentCredits } from './appointmentCredits'
export { APPROVER_NAMES, coverScope, leaveRoute, type CoverScope, type LeaveApprover, type LeavePerson, type LeaveRoute } from './leaveRoute'
export { leaveDecision, type LeaveDecider, type LeaveDecision } from './leaveDecision'
export { leaveDecideInputSchema, leaveRequestInputSchema } from './leaveSchemas'
export type { CoverCandidate, SectionLeave, TimeBankAnswer } from './answers'
