import { fail, noInputSchema, ok } from '@shared/api'
import { leaveDecideInputSchema, leaveDecision, leaveEndsAt } from '@shared/time-bank'
import type { ActionContext } from '@server/context'
import { dutyReference } from '@server/duty/dutyReference'
import { guarded } from '@server/guard'
import { leaveRepository } from '@server/timebank/leaveRepository'

/**
 * `leave.pending` (R24): the leave the section signs off — a window
 * leader's, a one-person window's, or one covered from another
 * department's window (`leaveRoute`) — still ahead, each with the windows
 * of the requester and the cover by name. Requests: the caller's staff
 * record, the leave, and the windows (cached).
 */
const pendingAction = guarded(['section'], noInputSchema, async (_input, ctx: ActionContext) => {
  const [pending, reference] = await Promise.all([leaveRepository(ctx.db).pendingForSection(), dutyReference(ctx)])
  const now = ctx.now().getTime()
  const windowName = new Map(reference.windows.map((w) => [w.id, `${w.number}号窗口（${w.name}）`]))
  return ok({
    leaves: pending
      .filter((l) => leaveEndsAt(l) > now)
      .map((l) => ({ ...l, windowName: windowName.get(l.windowId) ?? '', coverWindowName: windowName.get(l.coverWindowId ?? l.windowId) ?? '' })),
  })
})

/**
 * `leave.decide` for the section (R24): as the window leader's, through
 * `leaveDecision` (only requests routed to the section, not the decider's
 * own, not approved once ended) and `leaveRepository.decide` (the debit and
 * the cover's re-check in one transaction).
 */
const decideAction = guarded(['section'], leaveDecideInputSchema, async (input, ctx: ActionContext, actor) => {
  const leaves = leaveRepository(ctx.db)
  const leave = await leaves.get(input.leaveId)
  if (!leave) return fail('NOT_FOUND')
  const decision = leaveDecision(leave, { id: actor.staff?.id ?? actor.openid, as: 'section' }, input, ctx.now().getTime())
  if (!decision.ok) return decision
  const decided = await leaves.decide(leave.id, decision.data.decided, decision.data.debit)
  return decided.ok ? ok({ leave: decided.data }) : decided
})

/** Compensatory leave the section signs off (R24). */
export const sectionLeaveActions = {
  'leave.pending': pendingAction,
  'leave.decide': decideAction,
}
