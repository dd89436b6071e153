import { fail, noInputSchema, ok } from '@shared/api'
import { addDays, civilDateOf } from '@shared/time'
import type { ActionContext } from '../../../../server/context'
import { guarded } from '../../../../server/guard'
import { referenceData } from '../../../../server/appointments/referenceData'
import { dutyShiftRepository } from '../../../../server/duty/dutyShiftRepository'
import { COUNTER_ROLES } from '../windowEvent'

/** How far back and ahead `duty.mine` looks. */
const RECENT_DAYS = 30
const UPCOMING_DAYS = 62

/**
 * `duty.mine` (R21): the caller's shifts of the last 30 and next 62 days,
 * with the walk-in hours, so the page can say when each half-day starts.
 * Requests: 1 staff record + 1 query.
 */
export const dutyMineAction = guarded(COUNTER_ROLES, noInputSchema, async (_input, ctx: ActionContext, actor) => {
  const staffId = actor.staff?.id
  if (!staffId) return fail('FORBIDDEN', '您还没有工作人员记录')
  const today = civilDateOf(ctx.now())
  const [shifts, { settings }] = await Promise.all([
    dutyShiftRepository(ctx.db).ofStaff(staffId, addDays(today, -RECENT_DAYS), addDays(today, UPCOMING_DAYS)),
    referenceData(ctx),
  ])
  return ok({ today, shifts, walkInHours: settings.walkInHours })
})
