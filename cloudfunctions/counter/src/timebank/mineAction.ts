import { fail, noInputSchema, ok } from '@shared/api'
import { availableMinutes, balanceOf, coverScope, type CoverCandidate } from '@shared/time-bank'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { referenceData } from '@server/referenceData'
import { dutyReference } from '@server/duty/dutyReference'
import { leaveRepository } from '@server/timebank/leaveRepository'
import { COUNTER_ROLES } from '../windowEvent'

const newestFirst = <T extends { at?: number; requestedAt?: number }>(a: T, b: T) => (b.at ?? b.requestedAt ?? 0) - (a.at ?? a.requestedAt ?? 0)

/**
 * `timebank.mine` (R24): the caller's balance (the sum of their entries),
 * what is free to ask for (less pending leave still ahead), the ledger with each
 * entry's source, their leave requests, the active staff of every window
 * who could cover (their own window's first, then their department's, then
 * the others', which need the section's approval), and for a window leader
 * the window's pending requests of others that are theirs to decide (R24). Requests: 1 staff record + 1 aggregation.
 */
export const timeBankMineAction = guarded(COUNTER_ROLES, noInputSchema, async (_input, ctx: ActionContext, actor) => {
  const me = actor.staff
  if (!me?.windowId) return fail('FORBIDDEN', '您未分配到窗口')
  const [snapshot, reference, { settings }] = await Promise.all([leaveRepository(ctx.db).snapshot(me.id), dutyReference(ctx), referenceData(ctx)])
  const balance = balanceOf(snapshot.entries)
  const leads = actor.roles.includes('leader')
  return ok({
    balance,
    available: availableMinutes(balance, snapshot.mine, ctx.now().getTime()),
    entries: [...snapshot.entries].sort(newestFirst),
    requests: [...snapshot.mine].sort(newestFirst),
    toDecide: leads ? snapshot.window.filter((r) => r.status === 'pending' && r.staffId !== me.id && r.approver !== 'section').sort(newestFirst) : [],
    colleagues: coverCandidates(reference, me.id, me.windowId),
    workingHours: settings.walkInHours,
  })
})

const SCOPE_ORDER = { window: 0, department: 1, other: 2 } as const

/** Everyone active at a window but the caller, with where they work seen from the caller's window (R24). */
function coverCandidates(reference: Awaited<ReturnType<typeof dutyReference>>, myId: string, myWindowId: string): CoverCandidate[] {
  const departmentOf = Object.fromEntries(reference.windows.map((w) => [w.id, w.departmentId]))
  const windows = new Map(reference.windows.map((w) => [w.id, w]))
  return reference.staff
    .filter((s): s is typeof s & { windowId: string } => s.id !== myId && s.windowId !== undefined && windows.has(s.windowId))
    .map((s) => {
      const w = windows.get(s.windowId)
      return { id: s.id, name: s.name, scope: coverScope(myWindowId, s.windowId, departmentOf), windowName: w ? `${w.number}号窗口（${w.name}）` : '', number: Number(w?.number) || 0 }
    })
    .sort((a, b) => SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] || a.number - b.number)
    .map(({ number: _number, ...candidate }) => candidate)
}
