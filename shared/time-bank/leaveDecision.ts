import { fail, ok, type ApiResult } from '../api'
import { chineseDate } from '../time'
import { leaveEndsAt, type LeaveRequest } from './leaveRequest'
import { timeBankEntryId, type TimeBankEntry } from './timeBankEntry'

/** Who decides, as their staff record names them, and in which capacity: a window leader (with their window) or the section. */
export type LeaveDecider = { id: string; as: 'leader'; windowId: string } | { id: string; as: 'section' }

/** What a decision comes to: the request's new state and, on approval, the ledger's debit. */
export interface LeaveDecision {
  decided: Pick<LeaveRequest, 'status' | 'decidedBy' | 'decidedAt' | 'note'>
  debit: TimeBankEntry | null
}

/**
 * R24: a window leader decides compensatory leave (调休) of their own
 * window that `leaveRoute` gave them — another window's request is
 * `NOT_FOUND`, as one that does not exist; one for the section is
 * `FORBIDDEN` — and the section decides the requests routed to it (a
 * leader's, a one-person window's, a cover from another department's
 * window); nobody decides their own. Leave whose span has ended undecided can only
 * be rejected: approving would debit time off nobody signed off when it was
 * taken. An approval debits the requester the leave's minutes, under an id
 * from the request's, so it is never debited twice. Whether the balance
 * still covers it, and whether the request is still pending, is for the
 * transaction that saves the decision.
 *
 * @example leaveDecision(leave, { id: 'staff-lead', windowId: leave.windowId }, { decision: 'reject', note: '人手不足' }, now)
 * // { ok: true, data: { decided: { status: 'rejected', decidedBy: 'staff-lead', decidedAt: now, note: '人手不足' }, debit: null } }
 */
export function leaveDecision(
  leave: LeaveRequest,
  decider: LeaveDecider,
  input: { decision: 'approve' | 'reject'; note?: string },
  now: number,
): ApiResult<LeaveDecision> {
  const approver = leave.approver ?? 'leader'
  if (decider.as === 'leader') {
    if (leave.windowId !== decider.windowId) return fail('NOT_FOUND')
    if (approver === 'section') return fail('FORBIDDEN', '该调休申请由管理科审批')
  } else if (approver !== 'section') return fail('FORBIDDEN', '该调休申请由窗口负责人审批')
  if (leave.staffId === decider.id) return fail('FORBIDDEN', '不能审批本人的调休申请')
  const approve = input.decision === 'approve'
  if (approve && leaveEndsAt(leave) <= now) return fail('INVALID_TRANSITION', '该调休时段已经过去，不能再批准，请驳回')
  const source = { type: 'leave' as const, id: leave.id }
  const debit: TimeBankEntry | null = approve
    ? { id: timeBankEntryId(source), staffId: leave.staffId, windowId: leave.windowId, minutes: -leave.minutes, source, at: now, by: decider.id, note: `${chineseDate(leave.date)} ${leave.start}–${leave.end} 调休` }
    : null
  return ok({ decided: { status: approve ? 'approved' : 'rejected', decidedBy: decider.id, decidedAt: now, ...(input.note ? { note: input.note } : {}) }, debit })
}
