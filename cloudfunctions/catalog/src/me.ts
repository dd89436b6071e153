import * as v from 'valibot'
import { action, fail, ok } from '@shared/api'
import type { ActionContext } from '../../../server/context'
import { staffRepository, type Role } from '../../../server/staff/staffRepository'

export interface MeData {
  openid: string
  roles: Role[]
  staff?: { id: string; name: string; windowId?: string; departmentId?: string }
}

/** `me`: the caller's OPENID and roles, from the staff records only. */
export const me = action(v.object({}), async (_input, ctx: ActionContext) => {
  const openid = ctx.caller.openid
  if (!openid) return fail('UNAUTHENTICATED')
  const staff = await staffRepository(ctx.db).findActiveByOpenid(openid)
  const data: MeData = { openid, roles: staff ? staff.roles : [] }
  if (staff) data.staff = { id: staff._id, name: staff.name, windowId: staff.windowId, departmentId: staff.departmentId }
  return ok(data)
})
