import type { ActionTable } from '@shared/api'
import type { ActionContext } from '@server/context'
import { myComplaintsAction } from './myComplaints'
import { submitComplaintAction } from './submitComplaint'
import { submitReviewAction } from './submitReview'

/** A citizen's reviews and complaints (R20). */
export const feedbackActions: ActionTable<ActionContext> = {
  'reviews.submit': submitReviewAction,
  'complaints.submit': submitComplaintAction,
  'complaints.mine': myComplaintsAction,
}
