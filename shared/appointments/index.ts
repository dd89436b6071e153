/**
 * Holiday appointments (节假日预约, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15, R16, R17, R18, R19): the record, the state machine as
 * a table of transitions with their rule ids, the one pure function every
 * action goes through (`applyEvent`), the input schemas, and helpers for
 * phones, times and counting. Pure: "now" is always a parameter.
 */
export {
  APPOINTMENT_STATUSES,
  CHANNELS,
  type ActorKind,
  type Appointment,
  type ApplicantCompany,
  type AppointmentPart,
  type AppointmentStatus,
  type ChangeRecord,
  type Channel,
  type ContactRecord,
  type Filing,
  type PaperSignature,
  type HalfDay,
  type LateRecord,
  type Outcome,
  type RedispatchRecord,
  type TimelineEntry,
} from './appointment'
export type { Actor } from './actor'
export { EARLY_START_TOLERANCE_MS, FLAGGED_KINDS, describeDeviation, type Departure, type Deviation, type DeviationKind } from './deviations'
export { applyEvent, type Applied } from './applyEvent'
export type { ContextByEvent, ContextFor, NoContext } from './context'
export type { AppointmentEffect, NotifyEffect, NotifyTemplate } from './effects'
export { TRANSITIONS, EVENT_NAMES, type TransitionRow } from './transitions'
export { eventsOpenTo, type EventSubject } from './eventsOpenTo'
export { TIMELINE_EVENT_NAMES, type TimelineEvent } from './timelineEvents'
export { CLAIM_WAY, claimByPhone, isClaimable, type ClaimAnswer, type Claimant } from './claimByPhone'
export { CHANGE_NOTICE_MS } from './changeHandlers'
export { LATE_AFTER_MS } from './serviceHandlers'
export { statusName, STATUS_NAMES } from './statusName'
export { isActive } from './isActive'
export { SERVED_STATUSES, countsAsServed } from './countsAsServed'
export { agreedInstant } from './agreedInstant'
export { maskPhone } from './maskPhone'
export { filingOverdue, servedAt } from './servedAt'
export { formatArchiveNo, formatReferenceNo, normalizeReferenceNo, referenceYearOf } from './referenceNo'
export { canSeePhone } from './canSeePhone'
export { departmentsOf, type ItemDepartments } from './departmentsOf'
export { dispatchWindowsRefusal, type DispatchWindows } from './dispatchWindowsRefusal'
export { redispatchWindowRefusal } from './redispatchWindowRefusal'
export { suggestTimes, type SuggestTimesInput } from './suggestTimes'
export { applicantName } from './applicantName'
export { staffIdsOf } from './staffIdsOf'
export { appointmentRequestSchema, COMPANY_NAME_MAX, MAX_ITEMS_PER_APPOINTMENT, PHONE_PATTERN, type AppointmentRequest } from './appointmentRequestSchema'
export { appointmentRefSchema } from './appointmentRefSchema'
export {
  FILEABLE_STATUSES,
  MAX_FILING_BATCH,
  fileRecordsInputSchema,
  paperSignInputSchema,
  unfiledInputSchema,
  type FileRecordsAnswer,
  type UnfiledEntry,
} from './recordInputs'
export {
  EVENT_SCHEMAS,
  acknowledgePayloadSchema,
  assignPayloadSchema,
  cancelPayloadSchema,
  completePayloadSchema,
  confirmPartPayloadSchema,
  confirmPayloadSchema,
  decideChangePayloadSchema,
  dispatchPayloadSchema,
  forceMajeurePayloadSchema,
  markLatePayloadSchema,
  filePayloadSchema,
  paperSignPayloadSchema,
  proposeChangePayloadSchema,
  redispatchPayloadSchema,
  startPayloadSchema,
  type AppointmentEvent,
  type EventPayload,
  type EventType,
} from './eventSchemas'
export type { CounterEntryAnswer, ItemToTell } from './counterEntry'
export type { AppointmentAnswer, AppointmentView, InboxEntry, QueueEntry, SectionListAnswer, SectionListEntry, SectionRecordAnswer, WindowStaffMember } from './views'
export { sectionListInputSchema, type SectionListInput } from './sectionListInput'
export { listedHolidays, sectionListRange } from './sectionListRange'
export {
  appointmentIdSchema,
  assignInputSchema,
  cancelInputSchema,
  completeInputSchema,
  confirmInputSchema,
  confirmPartInputSchema,
  decideChangeInputSchema,
  dispatchInputSchema,
  forceMajeureInputSchema,
  inboxInputSchema,
  markLateInputSchema,
  phoneCodeSchema,
  proposeChangeInputSchema,
  queueInputSchema,
  redispatchInputSchema,
  markNoShowInputSchema,
  recordAttemptInputSchema,
  splitInputSchema,
  startInputSchema,
} from './actionInputs'
export { ATTEMPT_RESULT_NAMES, ATTEMPT_RESULTS, ATTEMPT_WAY_NAMES, ATTEMPT_WAYS, attemptsAfterAgreedTime } from './noShowHandlers'
export { splitOff } from './splitHandler'
