import { maskPhone } from '@shared/appointments'
import { COMPLAINT_CHANNEL_NAMES, REVIEW_LEVEL_NAMES, isOverdue, type Complaint, type ComplaintView, type Review, type ReviewView } from '@shared/feedback'

/**
 * A review as callers receive it (R20, `ReviewView`): the level in Chinese, the follow-up's
 * deadline, note and whether it is overdue; bookkeeping fields (request ids,
 * the applicant's OPENID, the resolving staff) stay on the server.
 */
export function reviewView(review: Review, now: number): ReviewView {
  const { followUp } = review
  return {
    appointmentId: review.appointmentId,
    windowId: review.windowId,
    level: review.level,
    levelText: REVIEW_LEVEL_NAMES[review.level],
    ...(review.comment ? { comment: review.comment } : {}),
    at: review.at,
    version: review.version,
    ...(followUp
      ? {
          followUp: {
            dueAt: followUp.dueAt,
            ...(followUp.resolvedAt !== undefined ? { resolvedAt: followUp.resolvedAt, note: followUp.note } : {}),
            overdue: isOverdue(followUp.dueAt, now, followUp.resolvedAt !== undefined),
          },
        }
      : {}),
  }
}

const COMPLAINT_STATUS_NAMES: Record<Complaint['status'], string> = { open: '处理中', resolved: '已处理' }

/**
 * A complaint as callers receive it: its status in Chinese, the outcome, whether the deadline passed,
 * where it came from, and who to call back (R20): the phone whole while the complaint is open, as
 * the section needs it to call back, masked once resolved.
 */
export function complaintView(complaint: Complaint, now: number): ComplaintView {
  const channel = complaint.channel ?? 'mini-program'
  const { contact, resolution } = complaint
  return {
    id: complaint.id,
    channel,
    channelText: COMPLAINT_CHANNEL_NAMES[channel],
    ...(contact ? { contact: { ...(contact.name ? { name: contact.name } : {}), phone: complaint.status === 'open' ? contact.phone : maskPhone(contact.phone) } } : {}),
    ...(complaint.appointmentId ? { appointmentId: complaint.appointmentId } : {}),
    ...(complaint.windowId ? { windowId: complaint.windowId } : {}),
    text: complaint.text,
    at: complaint.at,
    dueAt: complaint.dueAt,
    status: complaint.status,
    statusText: COMPLAINT_STATUS_NAMES[complaint.status],
    ...(resolution
      ? {
          resolution: {
            note: resolution.note,
            at: resolution.at,
            ...(resolution.upheld !== undefined ? { upheld: resolution.upheld } : {}),
            ...(resolution.calledBack ? { calledBack: true } : {}),
          },
        }
      : {}),
    version: complaint.version,
    overdue: isOverdue(complaint.dueAt, now, complaint.status === 'resolved'),
  }
}
