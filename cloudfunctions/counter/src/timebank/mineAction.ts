import { fail, noInputSchema, ok } from '@shared/api'
import { availableMinutes, balanceOf } from '@shared/time-bank'
import type { ActionContext } from '../../../../server/context'
import { guarded } from '../../../../server/guard'
import { referenceData } from '../../../../server/appointments/referenceData'
import { dutyReference } from '../../../../server/duty/dutyReference'
import { leaveRepository } from '../../../../server/timebank/leaveRepository'
import { COUNTER_ROLES } from '../windowEvent'

const newestFirst = <T extends { at?: number; requestedAt?: number }>(a: T, b: T) => (b.at ?? b.requestedAt ?? 0) - (a.at ?? a.requestedAt ?? 0)

/**
 * `timebank.mine` (R24): the caller's balance (the sum of their entries),
 * what is free to ask for (less pending leave still ahead), the ledger with each
 * entry's source, their leave requests, the colleagues of their window who
 * could cover, and for a window leader the window's pending requests of
 * others to decide. Requests: 1 staff record + 1 aggregation.
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
    toDecide: leads ? snapshot.window.filter((r) => r.status === 'pending' && r.staffId !== me.id).sort(newestFirst) : [],
    colleagues: reference.staff.filter((s) => s.windowId === me.windowId && s.id !== me.id).map((s) => ({ id: s.id, name: s.name })),
    workingHours: settings.walkInHours,
  })
})
