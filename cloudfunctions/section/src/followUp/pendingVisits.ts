import { noInputSchema, ok } from '@shared/api'
import type { ActionContext } from '../../../../server/context'
import { guarded } from '../../../../server/guard'
import { appointmentView } from '../../../../server/appointments/appointmentView'
import { domainActor } from '../../../../server/appointments/domainActor'
import { visitRepository } from '../../../../server/feedback/visitRepository'
import { reviewView } from '../../../../server/feedback/views'

/**
 * `visits.pending` (R20, 回访): completed and acknowledged appointments the
 * section has not visited yet, the latest holiday date first, each with the
 * applicant's review if they left one. Requests: 2 (staff record; appointments with visits and reviews).
 */
export const pendingVisitsAction = guarded(['section'], noInputSchema, async (_input, ctx: ActionContext, actor) => {
  const now = ctx.now().getTime()
  const pending = await visitRepository(ctx.db).pending()
  return ok({
    entries: pending.map(({ appointment, review }) => ({
      appointment: appointmentView(appointment, domainActor(actor, appointment)),
      review: review ? reviewView(review, now) : null,
    })),
  })
})
