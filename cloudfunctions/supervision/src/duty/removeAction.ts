import { fail, ok } from '@shared/api'
import { dutyShiftRefSchema } from '@shared/duty'
import { civilDateOf } from '@shared/time'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { dutyShiftRepository } from '@server/duty/dutyShiftRepository'
import { mayManageWindow, SCHEDULER_ROLES } from './manageableWindow'

const CHECKED_IN = '已签到的班次不能删除'

/**
 * `duty.remove` (R21, R22): takes a shift off the roster before its
 * check-in, and not after its day. A shift of a window the caller may not
 * manage is `NOT_FOUND`, as one that does not exist.
 */
export const removeAction = guarded(SCHEDULER_ROLES, dutyShiftRefSchema, async (input, ctx: ActionContext, actor) => {
  const shifts = dutyShiftRepository(ctx.db)
  const shift = await shifts.get(input.shiftId)
  if (!shift || !mayManageWindow(actor, shift.windowId)) return fail('NOT_FOUND')
  if (shift.checkInAt !== undefined) return fail('INVALID_TRANSITION', CHECKED_IN)
  if (shift.date < civilDateOf(ctx.now())) return fail('INVALID_TRANSITION', '已经过去的班次不能删除')
  // Contended through every attempt (inTransaction): CONFLICT.
  const removed = await shifts.remove(shift)
  if (!removed.ok) return removed
  return removed.data ? ok({ removed: shift.id }) : fail('INVALID_TRANSITION', CHECKED_IN)
})
