import type { ReviewLevel } from './reviewLevels'

/**
 * The stored records of R20, as the data contract names them (the section's
 * supervision report reads these fields). Times are epoch ms.
 */

/** The section's follow-up of a bad review (差评跟进): its deadline and, once done, the note the citizen reads. */
export interface FollowUp {
  dueAt: number
  resolvedAt?: number
  note?: string
  /** The section staff id who resolved it. */
  by?: string
}

/** 好差评: one review per appointment, `id` = the appointment's id. */
export interface Review {
  id: string
  appointmentId: string
  applicantOpenid: string
  /** The lead window (主办) that served it. */
  windowId: string
  level: ReviewLevel
  comment?: string
  at: number
  followUp?: FollowUp
  /** +1 on every change: two section staff resolving at once get `CONFLICT`. */
  version: number
  /** The client's id of the submission, so that a double tap answers the first result. */
  requestId: string
  /** The client's id of the last resolve saved, for the same reason. */
  lastRequestId?: string
}

export type ComplaintStatus = 'open' | 'resolved'

/** Where a complaint came from (R20): the 12345 hotline, the centre's phone, or the mini-program. */
export const COMPLAINT_CHANNELS = ['12345', 'phone', 'mini-program'] as const
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number]

export const COMPLAINT_CHANNEL_NAMES: Record<ComplaintChannel, string> = { '12345': '12345热线', phone: '电话', 'mini-program': '小程序' }

/** How the complainant learns the outcome (R20): the answer in 我的投诉 (mini-program), or the section's call back (phone, 12345). */
export interface ComplaintResolution {
  note: string
  at: number
  by: string
  /** Whether the section found it upheld (属实); an upheld complaint about a window counts in supervision (R23). Absent on older records. */
  upheld?: boolean
  /** Phone and 12345 complaints: the section called the complainant back with the outcome (there is no SMS yet). */
  calledBack?: boolean
}

/** 投诉: about one of the citizen's own appointments or about the centre in general; or taken by the section from a call or from 12345. */
export interface Complaint {
  id: string
  /** The citizen who filed it in the mini-program; absent for one the section took by phone or from 12345. */
  openid?: string
  /** Absent: the mini-program. */
  channel?: ComplaintChannel
  /** Who to call back: the caller's name and phone (phone, 12345), or the phone a citizen left (mini-program). */
  contact?: { name?: string; phone: string }
  /** The section staff id who took a phone or 12345 complaint. */
  registeredBy?: string
  appointmentId?: string
  windowId?: string
  text: string
  at: number
  dueAt: number
  status: ComplaintStatus
  resolution?: ComplaintResolution
  version: number
  requestId: string
  lastRequestId?: string
}

/** How the section reached the applicant for a return visit (回访). */
export const VISIT_HOWS = ['phone', 'on_site'] as const
export type VisitHow = (typeof VISIT_HOWS)[number]

export const VISIT_HOW_NAMES: Record<VisitHow, string> = { phone: '电话回访', on_site: '现场回访' }

/** 回访: one per appointment, `id` = the appointment's id. */
export interface Visit {
  id: string
  appointmentId: string
  windowId: string
  at: number
  /** The section staff id. */
  by: string
  how: VisitHow
  note: string
  /** The satisfaction the applicant expressed, when they said. */
  satisfaction?: ReviewLevel
  /** The client's id of the record, so that a double tap answers the first result. */
  requestId: string
}
