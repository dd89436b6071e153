import { ok } from '@shared/api'
import { complaintsListSchema } from '@shared/feedback'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { appointmentView } from '@server/appointments/appointmentView'
import { domainActor } from '@server/appointments/domainActor'
import { complaintRepository } from '@server/feedback/complaintRepository'
import { complaintView } from '@server/feedback/views'

/**
 * `complaints.list` (R20): open complaints, soonest deadline first (the
 * default), or all, newest first; each with the appointment it is about, if
 * any, and `overdue` once its deadline has passed while open.
 * Requests: 2 (staff record; complaints with appointments).
 */
export const listComplaintsAction = guarded(['section'], complaintsListSchema, async (input, ctx: ActionContext, actor) => {
  const now = ctx.now().getTime()
  const complaints = await complaintRepository(ctx.db).list(input.filter)
  return ok({
    now,
    entries: complaints.map(({ appointment, ...complaint }) => ({
      complaint: complaintView(complaint, now),
      appointment: appointment ? appointmentView(appointment, domainActor(actor, appointment)) : null,
    })),
  })
})
