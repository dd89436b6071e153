import type { Page } from '../api'
import type { AppointmentView } from '../appointments'
import type { ComplaintChannel, ComplaintStatus, Visit } from './records'
import type { ReviewLevel } from './reviewLevels'

/**
 * Reviews, complaints and visits as callers receive them (R20): bookkeeping
 * fields (request ids, the applicant's OPENID, the resolving staff) stay on
 * the server. Times are epoch ms.
 */

/** A review: the level in Chinese, the follow-up's deadline, note and whether it is overdue. */
export interface ReviewView {
  appointmentId: string
  windowId: string
  level: ReviewLevel
  levelText: string
  comment?: string
  at: number
  version: number
  followUp?: { dueAt: number; resolvedAt?: number; note?: string; overdue: boolean }
}

/** A complaint: its status in Chinese, the outcome, whether the deadline passed. */
export interface ComplaintView {
  id: string
  channel: ComplaintChannel
  /** e.g. 12345热线. */
  channelText: string
  /** Who to call back; the phone whole only while the complaint is open (R20). */
  contact?: { name?: string; phone: string }
  appointmentId?: string
  windowId?: string
  text: string
  at: number
  dueAt: number
  status: ComplaintStatus
  statusText: string
  resolution?: { note: string; at: number; upheld?: boolean; calledBack?: boolean }
  version: number
  overdue: boolean
}

/** A return visit (回访) as recorded, without its request id. */
export type VisitView = Omit<Visit, 'requestId'>

/** `booking` `appointments.get`: the appointment, with its review once the applicant left one. */
export interface AppointmentWithReview {
  appointment: AppointmentView
  review?: ReviewView
}

/** `section` `reviews.list`: a page. */
export interface ReviewsAnswer extends Page<{ review: ReviewView; appointment: AppointmentView | null }> {
  now: number
}

/** `section` `visits.pending`: a page. */
export type PendingVisitsAnswer = Page<{ appointment: AppointmentView; review: ReviewView | null }>

/** `section` `complaints.list`: a page. */
export interface ComplaintsAnswer extends Page<{ complaint: ComplaintView; appointment: AppointmentView | null }> {
  now: number
}
