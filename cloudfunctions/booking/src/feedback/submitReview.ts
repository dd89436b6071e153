import { action, fail, ok } from '@shared/api'
import { followUpDueAt, isReviewable, needsFollowUp, reviewSubmitSchema, type Review } from '@shared/feedback'
import type { ActionContext } from '@server/context'
import { appointmentRepository } from '@server/appointments/appointmentRepository'
import { referenceData } from '@server/referenceData'
import { reviewRepository } from '@server/feedback/reviewRepository'
import { reviewView } from '@server/feedback/views'

/** Said to an applicant who reviews the same appointment a second time. */
const ALREADY_REVIEWED = '您已评价过这次办理，每次办理只能评价一次'

/**
 * `reviews.submit` (R20, 好差评): the applicant rates a completed or
 * acknowledged appointment once, on the five national levels, with an
 * optional comment. 不满意 and 非常不满意 open a follow-up for the section
 * due in `followUpWorkingDays` working days. Anyone but the applicant is told
 * `NOT_FOUND`, so an id reveals nothing; a second review is `CONFLICT`; the
 * same `requestId` again (a double tap) answers the first result.
 * Requests: 1 (appointment) + 1 (insert), + 2 on a cold instance (calendar, settings).
 */
export const submitReviewAction = action(reviewSubmitSchema, async (input, ctx: ActionContext) => {
  const openid = ctx.caller.openid
  if (!openid) return fail('UNAUTHENTICATED')
  const [appointment, { calendar, settings }] = await Promise.all([appointmentRepository(ctx.db).get(input.appointmentId), referenceData(ctx)])
  if (!appointment || appointment.applicantOpenid !== openid) return fail('NOT_FOUND')
  if (!isReviewable(appointment.status)) return fail('INVALID_TRANSITION', '办理完成后才能评价')

  const now = ctx.now().getTime()
  const review: Review = {
    id: appointment.id,
    appointmentId: appointment.id,
    applicantOpenid: openid,
    windowId: appointment.leadWindowId ?? '',
    level: input.level,
    ...(input.comment ? { comment: input.comment } : {}),
    at: now,
    ...(needsFollowUp(input.level) ? { followUp: { dueAt: followUpDueAt(now, settings.followUpWorkingDays, calendar) } } : {}),
    version: 1,
    requestId: input.requestId,
  }
  const saved = await reviewRepository(ctx.db).create(review)
  if (!saved.created && saved.review.requestId !== input.requestId) return fail('CONFLICT', ALREADY_REVIEWED)
  return ok({ review: reviewView(saved.review, now) })
})
