import { action, fail, ok } from '@shared/api'
import { appointmentIdSchema } from '@shared/appointments'
import { resolveActor } from '../../../server/auth'
import type { ActionContext } from '../../../server/context'
import { appointmentView, canViewAppointment } from '../../../server/appointments/appointmentView'
import { domainActor } from '../../../server/appointments/domainActor'
import { appointmentWithReview } from '../../../server/feedback/appointmentWithReview'
import { reviewView } from '../../../server/feedback/views'

/**
 * `appointments.get`: one appointment for its applicant, the section, the
 * desk that registered it and the staff of its windows (`canViewAppointment`);
 * anyone else gets `NOT_FOUND`, as for an id that does not exist. With it,
 * its review and the section's follow-up note when there is one (R20).
 * Requests: 2 (the staff record, and the appointment with its review).
 */
export const getAction = action(appointmentIdSchema, async (input, ctx: ActionContext) => {
  if (!ctx.caller.openid) return fail('UNAUTHENTICATED')
  const [actor, { appointment: stored, review }] = await Promise.all([resolveActor(ctx), appointmentWithReview(ctx.db, input.appointmentId)])
  if (!actor) return fail('UNAUTHENTICATED')
  if (!stored) return fail('NOT_FOUND')
  const who = domainActor(actor, stored)
  if (!canViewAppointment(who, stored)) return fail('NOT_FOUND')
  const appointment = appointmentView(stored, who)
  return ok(review ? { appointment, review: reviewView(review, ctx.now().getTime()) } : { appointment })
})
