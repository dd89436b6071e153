import { ok, pageInputSchema, pageWindow } from '@shared/api'
import type { ActionContext } from '../../../../server/context'
import { guarded } from '../../../../server/guard'
import { appointmentView } from '../../../../server/appointments/appointmentView'
import { domainActor } from '../../../../server/appointments/domainActor'
import { visitRepository } from '../../../../server/feedback/visitRepository'
import { reviewView } from '../../../../server/feedback/views'

/**
 * `visits.pending` (R20, 回访): a page of the completed and acknowledged appointments the
 * section has not visited yet, the latest holiday date first, each with the
 * applicant's review if they left one. Requests: 2 (staff record; appointments with visits and reviews).
 */
export const pendingVisitsAction = guarded(['section'], pageInputSchema, async (input, ctx: ActionContext, actor) => {
  const now = ctx.now().getTime()
  const page = await visitRepository(ctx.db).pending(pageWindow(input))
  return ok({
    ...page,
    items: page.items.map(({ appointment, review }) => ({
      appointment: appointmentView(appointment, domainActor(actor, appointment)),
      review: review ? reviewView(review, now) : null,
    })),
  })
})
