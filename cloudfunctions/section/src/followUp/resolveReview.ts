import { fail, ok } from '@shared/api'
import { reviewResolveSchema } from '@shared/feedback'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { reviewRepository } from '@server/feedback/reviewRepository'
import { reviewView } from '@server/feedback/views'

/**
 * `reviews.resolve` (R20): the section closes the follow-up of a bad review
 * with a note the applicant reads on the appointment page. Only over the
 * version read: a second section member at once gets `CONFLICT`; the same
 * `requestId` again answers the result. A review without a follow-up, or one
 * already resolved, is `INVALID_TRANSITION`.
 * Requests: 3 (staff record, review, save).
 */
export const resolveReviewAction = guarded(['section'], reviewResolveSchema, async (input, ctx: ActionContext, actor) => {
  const reviews = reviewRepository(ctx.db)
  const review = await reviews.get(input.appointmentId)
  if (!review) return fail('NOT_FOUND')
  const now = ctx.now().getTime()
  if (review.lastRequestId === input.requestId) return ok({ review: reviewView(review, now) })
  if (!review.followUp) return fail('INVALID_TRANSITION', '这条评价不需要跟进')
  if (review.version !== input.version) return fail('CONFLICT')
  if (review.followUp.resolvedAt !== undefined) return fail('INVALID_TRANSITION', '这条差评已经跟进处理过了')

  const followUp = { dueAt: review.followUp.dueAt, resolvedAt: now, note: input.note, by: actor.staff?.id ?? actor.openid }
  if (!(await reviews.saveFollowUp(review, followUp, input.requestId))) {
    const current = await reviews.get(review.id)
    return current?.lastRequestId === input.requestId ? ok({ review: reviewView(current, now) }) : fail('CONFLICT')
  }
  return ok({ review: reviewView({ ...review, followUp, version: review.version + 1, lastRequestId: input.requestId }, now) })
})
