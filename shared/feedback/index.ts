/**
 * After the service (R20): the applicant's review on the national five levels
 * (好差评), the section's follow-up of bad reviews and of complaints within a
 * deadline of working days, and return visits (回访). Pure: "now" and the
 * calendar are always parameters.
 */
export { followUpDueAt, isOverdue } from './followUpDueAt'
export {
  COMPLAINT_CHANNEL_NAMES,
  COMPLAINT_CHANNELS,
  VISIT_HOWS,
  VISIT_HOW_NAMES,
  type Complaint,
  type ComplaintChannel,
  type ComplaintResolution,
  type ComplaintStatus,
  type FollowUp,
  type Review,
  type Visit,
  type VisitHow,
} from './records'
export { REVIEWABLE_STATUSES, isReviewable } from './reviewable'
export { REVIEW_LEVELS, REVIEW_LEVEL_NAMES, needsFollowUp, type ReviewLevel } from './reviewLevels'
export {
  COMMENT_MAX,
  COMPLAINT_MAX,
  NOTE_MAX,
  complaintRegisterSchema,
  complaintResolveSchema,
  complaintSubmitSchema,
  complaintsListSchema,
  reviewResolveSchema,
  reviewSubmitSchema,
  reviewsListSchema,
  visitRecordSchema,
} from './schemas'
export { complaintResolution } from './complaintResolution'
export type { AppointmentWithReview, ComplaintView, ComplaintsAnswer, PendingVisitsAnswer, ReviewView, ReviewsAnswer, VisitView } from './views'
