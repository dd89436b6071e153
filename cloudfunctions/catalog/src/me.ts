import * as v from 'valibot'
import { action, fail, ok } from '@shared/api'
import type { Role } from '@shared/org'
import { resolveActor } from '@server/auth'
import type { ActionContext } from '@server/context'

export interface MeData {
  openid: string
  roles: Role[]
  staff?: { id: string; name: string; windowId?: string; departmentId?: string }
}

/** `me`: the caller's OPENID and roles, from the staff records only. */
export const me = action(v.object({}), async (_input, ctx: ActionContext) => {
  const actor = await resolveActor(ctx)
  if (!actor) return fail('UNAUTHENTICATED')
  const data: MeData = { openid: actor.openid, roles: actor.roles }
  if (actor.staff) {
    const { id, name, windowId, departmentId } = actor.staff
    data.staff = { id, name, windowId, departmentId }
  }
  return ok(data)
})
