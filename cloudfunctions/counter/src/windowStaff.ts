import { fail, noInputSchema, ok } from '@shared/api'
import type { WindowStaffMember } from '@shared/appointments'
import type { ActionContext } from '../../../server/context'
import { guarded } from '../../../server/guard'
import { staffRepository } from '../../../server/repositories/staff'

/**
 * `window.staff` (R10): the active staff and leaders of the caller's own
 * window, for its leader to pick whom to assign instead of typing an id.
 * Leaders only; a leader without a window is `FORBIDDEN`. No input names a
 * window, so no other window's staff can be listed. Requests: 1 (caller) + 1.
 */
export const windowStaffAction = guarded(['leader'], noInputSchema, async (_input, ctx: ActionContext, actor) => {
  const windowId = actor.staff?.windowId
  if (!windowId) return fail('FORBIDDEN', '您未在任何窗口任职，不能分配工作人员')
  const found = await staffRepository(ctx.db).find({ windowId, active: true }, { limit: 200 })
  const staff: WindowStaffMember[] = found
    .filter((s) => s.roles.includes('staff') || s.roles.includes('leader'))
    .map((s) => ({ id: s.id, name: s.name, leader: s.roles.includes('leader') }))
    .sort((a, b) => Number(b.leader) - Number(a.leader) || a.id.localeCompare(b.id))
  return ok({ staff })
})
