import { ok, pageWindow } from '@shared/api'
import { complaintsListSchema } from '@shared/feedback'
import type { ActionContext } from '../../../../server/context'
import { guarded } from '../../../../server/guard'
import { appointmentView } from '../../../../server/appointments/appointmentView'
import { domainActor } from '../../../../server/appointments/domainActor'
import { complaintRepository } from '../../../../server/feedback/complaintRepository'
import { complaintView } from '../../../../server/feedback/views'

/**
 * `complaints.list` (R20): a page of the open complaints, soonest deadline
 * first (the default), or of all, newest first, and how many there are; each
 * with the appointment it is about, if any, and `overdue` once its deadline
 * has passed while open. Page on with `nextCursor`: every complaint is reached.
 * Requests: 2 (staff record; complaints with appointments).
 */
export const listComplaintsAction = guarded(['section'], complaintsListSchema, async (input, ctx: ActionContext, actor) => {
  const now = ctx.now().getTime()
  const page = await complaintRepository(ctx.db).list(input.filter, pageWindow(input))
  return ok({
    now,
    ...page,
    items: page.items.map(({ appointment, ...complaint }) => ({
      complaint: complaintView(complaint, now),
      appointment: appointment ? appointmentView(appointment, domainActor(actor, appointment)) : null,
    })),
  })
})
