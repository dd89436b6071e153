import { action, fail, noInputSchema, ok } from '@shared/api'
import type { ActionContext } from '../../../server/context'
import { appointmentRepository } from '../../../server/appointments/appointmentRepository'
import { appointmentView } from '../../../server/appointments/appointmentView'
import { citizenActor, domainActor } from '../../../server/appointments/domainActor'

/** `appointments.mine`: the caller's own appointments (by OPENID), newest first. One database request. */
export const mineAction = action(noInputSchema, async (_input, ctx: ActionContext) => {
  const openid = ctx.caller.openid
  if (!openid) return fail('UNAUTHENTICATED')
  const own = await appointmentRepository(ctx.db).listOwn(openid)
  const actor = citizenActor(openid)
  return ok({ appointments: own.map((a) => appointmentView(a, domainActor(actor, a))) })
})
