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

/** 投诉: about one of the citizen's own appointments or about the centre in general. */
export interface Complaint {
  id: string
  openid: string
  appointmentId?: string
  windowId?: string
  text: string
  at: number
  dueAt: number
  status: ComplaintStatus
  resolution?: { note: string; at: number; by: string }
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
