import { ok, pageWindow } from '@shared/api'
import { reviewsListSchema } from '@shared/feedback'
import type { ActionContext } from '../../../../server/context'
import { guarded } from '../../../../server/guard'
import { appointmentView } from '../../../../server/appointments/appointmentView'
import { domainActor } from '../../../../server/appointments/domainActor'
import { reviewRepository } from '../../../../server/feedback/reviewRepository'
import { reviewView } from '../../../../server/feedback/views'

/**
 * `reviews.list` (R20): a page of the bad reviews whose follow-up is open, soonest deadline
 * first (`filter: 'open'`, the default), or every review, newest first
 * (`'all'`); each with its appointment and `followUp.overdue` once the
 * deadline has passed. Requests: 2 (staff record; reviews with appointments).
 */
export const listReviewsAction = guarded(['section'], reviewsListSchema, async (input, ctx: ActionContext, actor) => {
  const now = ctx.now().getTime()
  const page = await reviewRepository(ctx.db).list(input.filter, pageWindow(input))
  return ok({
    now,
    ...page,
    items: page.items.map(({ appointment, ...review }) => ({
      review: reviewView(review, now),
      appointment: appointment ? appointmentView(appointment, domainActor(actor, appointment)) : null,
    })),
  })
})
