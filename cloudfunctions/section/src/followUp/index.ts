import { listComplaintsAction } from './listComplaints'
import { listReviewsAction } from './listReviews'
import { pendingVisitsAction } from './pendingVisits'
import { recordVisitAction } from './recordVisit'
import { registerComplaintAction } from './registerComplaint'
import { resolveComplaintAction } from './resolveComplaint'
import { resolveReviewAction } from './resolveReview'

/** Return visits, reviews and complaints (R20). */
export const followUpActions = {
  'reviews.list': listReviewsAction,
  'reviews.resolve': resolveReviewAction,
  'complaints.list': listComplaintsAction,
  'complaints.resolve': resolveComplaintAction,
  'complaints.register': registerComplaintAction,
  'visits.pending': pendingVisitsAction,
  'visits.record': recordVisitAction,
}
