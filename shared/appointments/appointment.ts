import type { CivilDate } from '../time'
import type { Departure, Deviation } from './deviations'
import type { TimelineEvent } from './timelineEvents'

/**
 * The states of a holiday appointment (docs/architecture.md). `abandoned` is an
 * applicant who gave up after being 30 minutes late, and counts as served
 * (R18); `force_majeure` ends an appointment that cannot take place (R17);
 * `no_show` (未到) an applicant who could not be reached after the agreed
 * time, also counted as served (R18).
 */
export const APPOINTMENT_STATUSES = [
  'submitted',
  'dispatched',
  'assigned',
  'confirmed',
  'change_pending',
  'in_service',
  'completed',
  'acknowledged',
  'cancelled',
  'abandoned',
  'force_majeure',
  'no_show',
] as const

export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number]

/** How the request reached the centre (R7): the mini-program, the desk on site, or the phone line. */
export const CHANNELS = ['mini-program', 'desk', 'phone'] as const

export type Channel = (typeof CHANNELS)[number]

/** A company applicant (企业, R7): its registered name and unified social credit code. */
export interface ApplicantCompany {
  name: string
  creditCode: string
}

/** Morning or afternoon of the holiday date, as the applicant asked. */
export type HalfDay = 'am' | 'pm'

/** Who took a step, as the transition table names them (see `TRANSITIONS`). */
export type ActorKind = 'applicant' | 'desk' | 'section' | 'leader' | 'staff'

/** One window's share of the appointment (并联办理, R13): the lead window (主办) or an assisting one (配合). */
export interface AppointmentPart {
  windowId: string
  role: 'lead' | 'assist'
  confirmedAt?: number
  staffId?: string
}

/** The assigned staff's call to the applicant (R11): materials told once and in full (一次性告知). */
export interface ContactRecord {
  at: number
  by: string
  note: string
  materialsToldInFull: boolean
}

/** A proposed postponement or change and the section's decision on it (R16). */
export interface ChangeRecord {
  proposedBy: string
  reason: string
  newDate?: CivilDate
  newTime?: string
  at: number
  decision?: 'approved' | 'rejected'
  decidedBy?: string
  decidedAt?: number
  /** When the applicant was told of the approved change; at least 12 hours before the agreed time. */
  noticeAt?: number
  /** R4: the new time lies outside the holiday service hours; on approval it joins the deviations with the proposal's reason. */
  outsideHours?: Departure
}

/**
 * One re-dispatch (改派, R9, R13): the section moved the appointment from one
 * lead window to another before it was confirmed; the old window's staff, if
 * any, was released. Kept so the record shows both windows.
 */
export interface RedispatchRecord {
  at: number
  by: string
  fromWindowId: string
  toWindowId: string
  /** The staff the old window had assigned, released by the re-dispatch. */
  fromStaffId?: string
  reason: string
}

/** What the window recorded on completion (R19). */
export interface Outcome {
  result: string
  startedAt: number
  endedAt: number
  minutes: number
}

/** The staff's record of an applicant 30 minutes late (R18). */
export interface LateRecord {
  at: number
  by: string
  contacted: boolean
  gaveUp: boolean
  note: string
}

/** One attempt to reach an applicant who has not come, after the agreed time (R18). */
export interface ContactAttempt {
  /** When staff tried. */
  at: number
  way: 'phone' | 'sms' | 'other'
  result: 'no_answer' | 'unreachable' | 'declined'
  note?: string
  by: string
  /** When it was recorded. */
  recordedAt: number
}

/** R19: staff recorded that the applicant signed the printed registration form. */
export interface PaperSignature {
  at: number
  /** The staff (or section) member who recorded it. */
  by: string
  /** The serial number on the signed form: the appointment's reference number. */
  formNo: string
  /** A mini-program applicant who asked to sign on paper. */
  onRequest: boolean
  note: string
}

/** R8, R19: the record as filed in the archive (归档). */
export interface Filing {
  /** 归档号, e.g. `2026-G-0001`: the archive's own sequence, distinct from the reference number. */
  archiveNo: string
  /** The box or volume (卷盒号) the section put the paper in, if it named one. */
  box: string
  at: number
  by: string
}

/** One step in the appointment's history, for the registration form (R8) and supervision. */
export interface TimelineEntry {
  at: number
  by: string
  byRole: ActorKind
  event: TimelineEvent
  status: AppointmentStatus
  note?: string
}

/**
 * A holiday appointment (节假日预约, R4) with what the registration form
 * (预约服务登记表, R8) records. Times are epoch ms, dates Beijing civil dates.
 */
export interface Appointment {
  id: string
  /**
   * 预约编号 (R8): year and sequence, e.g. `2026-000123` (`formatReferenceNo`),
   * given at the request on every channel; the printed form's serial number
   * (R19). Absent on records made before numbering began: shown as nothing.
   */
  referenceNo?: string
  /** The client's id for the request, so that a repeated request has effect once. */
  requestId: string
  /** `name` is the person; for a company (R7), its contact person, with the company's name and credit code. */
  applicant: { name: string; phone: string; company?: ApplicantCompany }
  /** The citizen who owns it; absent for desk and phone registrations. */
  applicantOpenid?: string
  /** One or more items, served in one visit. */
  itemIds: string[]
  /** The holiday date. */
  date: CivilDate
  halfDay?: HalfDay
  preferredTime?: string
  /** `HH:mm`, agreed with the applicant on confirmation (R11). */
  agreedTime?: string
  plannedMinutes?: number
  channel: Channel
  /** The desk or section staff who registered a desk or phone request (R7). */
  registeredBy?: string
  note?: string
  status: AppointmentStatus
  /** +1 on every change: concurrent writers are detected, never silently overwritten. */
  version: number
  leadWindowId?: string
  assistingWindowIds: string[]
  parts: AppointmentPart[]
  assignedStaffId?: string
  /** Every re-dispatch to another lead window, oldest first (R9, R13); absent when none. */
  redispatches?: RedispatchRecord[]
  contact?: ContactRecord
  change?: ChangeRecord
  /** When service began (R19); the outcome's start unless the staff records another. */
  startedAt?: number
  outcome?: Outcome
  /** Figures staff entered that depart from the record, each with its reason (例外说明, R19); absent when none. */
  deviations?: Deviation[]
  lateRecord?: LateRecord
  /** R18: attempts to reach an applicant who has not come. */
  contactAttempts?: ContactAttempt[]
  /** R18: closed as a no-show after the attempts. */
  noShow?: { at: number; by: string; attempts: number; note?: string }
  forceMajeure?: { at: number; by: string; note: string }
  cancellation?: { at: number; by: string; reason: string }
  acknowledgedAt?: number
  /** R14: the appointments split off this one by the section. */
  splitInto?: string[]
  /** R14: the appointment this one was split off. */
  splitFrom?: string
  /** The applicant signed the printed form instead of confirming in the app (R19): recorded by staff with the form's serial number. */
  paperSignature?: PaperSignature
  /** Filed by the section (归档, R8, R19). */
  filing?: Filing
  createdAt: number
  timeline: TimelineEntry[]
}
