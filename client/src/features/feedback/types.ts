import type { Page } from '@shared/api'
import type { ReviewLevel } from '@shared/feedback'
import type { AppointmentView } from '../booking/types'

/** A review as the functions answer it (api.md, "Reviews, visits and complaints"). */
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

/** `booking` `appointments.get` data with the review, once the applicant left one. */
export interface AppointmentWithReview {
  appointment: AppointmentView
  review?: ReviewView
}

/** A complaint as the functions answer it. */
export interface ComplaintView {
  id: string
  appointmentId?: string
  windowId?: string
  text: string
  at: number
  dueAt: number
  status: 'open' | 'resolved'
  statusText: string
  resolution?: { note: string; at: number }
  version: number
  overdue: boolean
}

/** `section` `reviews.list` data. */
export interface ReviewsAnswer extends Page<{ review: ReviewView; appointment: AppointmentView | null }> {
  now: number
}

/** `section` `visits.pending` data. */
export type PendingVisitsAnswer = Page<{ appointment: AppointmentView; review: ReviewView | null }>

/** `section` `complaints.list` data. */
export interface ComplaintsAnswer extends Page<{ complaint: ComplaintView; appointment: AppointmentView | null }> {
  now: number
}

/** `booking` `complaints.mine` data. */
export type MyComplaintsAnswer = Page<ComplaintView>
