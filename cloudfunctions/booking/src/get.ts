import { action, fail, fieldsObject, ok } from '@shared/api'
import { idSchema } from '@shared/ids'
import { resolveActor } from '../../../server/auth'
import type { ActionContext } from '../../../server/context'
import { appointmentRepository } from '../../../server/appointments/appointmentRepository'
import { appointmentView, canViewAppointment } from '../../../server/appointments/appointmentView'
import { domainActor } from '../../../server/appointments/domainActor'

/**
 * `appointments.get`: one appointment for its applicant, the section, the
 * desk that registered it and the staff of its windows (`canViewAppointment`);
 * anyone else gets `NOT_FOUND`, as for an id that does not exist.
 */
export const getAction = action(fieldsObject({ appointmentId: idSchema('预约编号') }), async (input, ctx: ActionContext) => {
  if (!ctx.caller.openid) return fail('UNAUTHENTICATED')
  const [actor, stored] = await Promise.all([resolveActor(ctx), appointmentRepository(ctx.db).get(input.appointmentId)])
  if (!actor) return fail('UNAUTHENTICATED')
  if (!stored) return fail('NOT_FOUND')
  const who = domainActor(actor, stored)
  if (!canViewAppointment(who, stored)) return fail('NOT_FOUND')
  return ok({ appointment: appointmentView(stored, who) })
})
