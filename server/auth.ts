import { fail, type ApiError } from '@shared/api'
import { hasAnyRole, type Role, type Staff } from '@shared/org'
import type { ActionContext } from './context'
import { staffRepository } from './repositories/staff'

/** The caller as the server knows them: OPENID, and the staff record if any. */
export interface Actor {
  openid: string
  staff: Staff | null
  roles: Role[]
}

/**
 * OPENIDs listed in the `ADMIN_OPENIDS` environment variable of a function
 * (comma-separated, set in the cloud console) are admins even without a staff
 * record: that is how the first admin gets in.
 */
function bootstrapAdmins(): string[] {
  return (process.env.ADMIN_OPENIDS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}

/** Who is calling: OPENID from WeChat's context, roles from the staff records. */
export async function resolveActor(ctx: ActionContext): Promise<Actor | null> {
  const openid = ctx.caller.openid
  if (!openid) return null
  const staff = await staffRepository(ctx.db).findActiveByOpenid(openid)
  const roles = new Set<Role>(staff?.roles ?? [])
  if (bootstrapAdmins().includes(openid)) roles.add('admin')
  return { openid, staff, roles: [...roles] }
}

/** The actor if they hold one of `roles`, else the failure to answer. */
export async function authorize(ctx: ActionContext, roles: readonly Role[]): Promise<{ actor: Actor } | { ok: false; error: ApiError }> {
  const actor = await resolveActor(ctx)
  if (!actor) return fail('UNAUTHENTICATED')
  if (!hasAnyRole(actor.roles, roles)) return fail('FORBIDDEN')
  return { actor }
}
