import { fail, ok } from '@shared/api'
import { leaveDecideInputSchema, leaveDecision } from '@shared/time-bank'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { leaveRepository } from '@server/timebank/leaveRepository'

/**
 * `leave.decide` (R24): the window leader signs off compensatory leave as
 * `leaveDecision` says (their own window's, not their own, not approved
 * once its span has ended). Approval debits the ledger in the same
 * transaction as the decision, so two approvals at once can never
 * overdraw; a rejection needs a note. The approval re-checks in its
 * transaction that neither the requester nor the cover is then on other
 * leave or covering someone else (`leaveRepository.decide`).
 */
export const leaveDecideAction = guarded(['leader'], leaveDecideInputSchema, async (input, ctx: ActionContext, actor) => {
  const me = actor.staff
  if (!me?.windowId) return fail('FORBIDDEN', '您未分配到窗口')
  const leaves = leaveRepository(ctx.db)
  const leave = await leaves.get(input.leaveId)
  if (!leave) return fail('NOT_FOUND')
  const decision = leaveDecision(leave, { id: me.id, as: 'leader', windowId: me.windowId }, input, ctx.now().getTime())
  if (!decision.ok) return decision
  const decided = await leaves.decide(leave.id, decision.data.decided, decision.data.debit)
  return decided.ok ? ok({ leave: decided.data }) : decided
})
