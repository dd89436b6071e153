import { myComplaintsAction } from './myComplaints'
import { submitComplaintAction } from './submitComplaint'
import { submitReviewAction } from './submitReview'

/** A citizen's reviews and complaints (R20). */
export const feedbackActions = {
  'reviews.submit': submitReviewAction,
  'complaints.submit': submitComplaintAction,
  'complaints.mine': myComplaintsAction,
}
