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
export interface ReviewsAnswer {
  now: number
  entries: { review: ReviewView; appointment: AppointmentView | null }[]
}

/** `section` `visits.pending` data. */
export interface PendingVisitsAnswer {
  entries: { appointment: AppointmentView; review: ReviewView | null }[]
}

/** `section` `complaints.list` data. */
export interface ComplaintsAnswer {
  now: number
  entries: { complaint: ComplaintView; appointment: AppointmentView | null }[]
}

/** `booking` `complaints.mine` data. */
export interface MyComplaintsAnswer {
  complaints: ComplaintView[]
}
