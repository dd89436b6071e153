import { action, fail, noInputSchema, ok } from '@shared/api'
import type { Me } from '@shared/org'
import { resolveActor } from '../../../server/auth'
import type { ActionContext } from '../../../server/context'

/** `me`: the caller's OPENID and roles, from the staff records only. */
export const me = action(noInputSchema, async (_input, ctx: ActionContext) => {
  const actor = await resolveActor(ctx)
  if (!actor) return fail('UNAUTHENTICATED')
  const data: Me = { openid: actor.openid, roles: actor.roles }
  if (actor.staff) {
    const { id, name, windowId, departmentId } = actor.staff
    data.staff = { id, name, windowId, departmentId }
  }
  return ok(data)
})
