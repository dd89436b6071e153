import { fail, ok } from '@shared/api'
import { leaveDecideInputSchema, leaveEndsAt, timeBankEntryId, type TimeBankEntry } from '@shared/time-bank'
import type { ActionContext } from '../../../../server/context'
import { guarded } from '../../../../server/guard'
import { leaveRepository } from '../../../../server/timebank/leaveRepository'

/**
 * `leave.decide` (R24): the window leader signs off compensatory leave —
 * not their own. Approval debits the ledger in the same transaction as the
 * decision, so two approvals at once can never overdraw; a rejection needs
 * a note. Another window's request is `NOT_FOUND`. Leave whose span has
 * ended undecided can only be rejected: approving would debit time off
 * nobody signed off when it was taken. The approval re-checks in its
 * transaction that neither the requester nor the cover is then on other
 * leave or covering someone else (`leaveRepository.decide`).
 */
export const leaveDecideAction = guarded(['leader'], leaveDecideInputSchema, async (input, ctx: ActionContext, actor) => {
  const me = actor.staff
  if (!me?.windowId) return fail('FORBIDDEN', '您未分配到窗口')
  const leaves = leaveRepository(ctx.db)
  const leave = await leaves.get(input.leaveId)
  if (!leave || leave.windowId !== me.windowId) return fail('NOT_FOUND')
  if (leave.staffId === me.id) return fail('FORBIDDEN', '不能审批本人的调休申请')
  const now = ctx.now().getTime()
  const approve = input.decision === 'approve'
  if (approve && leaveEndsAt(leave) <= now) return fail('INVALID_TRANSITION', '该调休时段已经过去，不能再批准，请驳回')
  const source = { type: 'leave' as const, id: leave.id }
  const debit: TimeBankEntry | null = approve
    ? { id: timeBankEntryId(source), staffId: leave.staffId, windowId: leave.windowId, minutes: -leave.minutes, source, at: now, by: me.id, note: `${leave.date} ${leave.start}–${leave.end} 调休` }
    : null
  const decided = await leaves.decide(leave.id, { status: approve ? 'approved' : 'rejected', decidedBy: me.id, decidedAt: now, ...(input.note ? { note: input.note } : {}) }, debit)
  return decided.ok ? ok({ leave: decided.data }) : decided
})
