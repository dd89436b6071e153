import { action, fail } from '@shared/api'
import { appointmentRequestSchema } from '@shared/appointments'
import { resolveActor } from '@server/auth'
import type { ActionContext } from '@server/context'
import { citizenActor } from '@server/appointments/domainActor'
import { requestAppointment } from '@server/appointments/requestAppointment'

/**
 * `appointments.request` (R6, R7, R8): a citizen for themselves in the
 * mini-program, or the desk or the section for a citizen on site or by phone
 * (`channel: 'desk' | 'phone'`, recorded with `registeredBy`, R7). A citizen
 * acting for themselves needs no role, so their staff record is not read
 * (one database request less); a registration for someone else reads it.
 */
export const requestAction = action(appointmentRequestSchema, async (input, ctx: ActionContext) => {
  const openid = ctx.caller.openid
  if (!openid) return fail('UNAUTHENTICATED')
  const forSelf = input.channel === undefined || input.channel === 'mini-program'
  const actor = forSelf ? citizenActor(openid) : await resolveActor(ctx)
  if (!actor) return fail('UNAUTHENTICATED')
  return requestAppointment(ctx, actor, input)
})
