import { fail, ok } from '@shared/api'
import { dutyCloseInputSchema, dutyClosureId, dutyReopenInputSchema, walkInDayCheck, type DutyClosure } from '@shared/duty'
import { civilDateOf } from '@shared/time'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { referenceData } from '@server/referenceData'
import { dutyClosureRepository, HAS_SHIFTS_MESSAGE } from '@server/duty/dutyClosureRepository'
import { dutyShiftRepository } from '@server/duty/dutyShiftRepository'
import { windowRepository } from '@server/repositories/org'

/**
 * `duty.close` (R21, R22, R23): the section decides that a window nobody can
 * staff does not open on a walk-in day, and says why. The day is then no
 * duty gap (supervision reads the decision instead of deducting, R23) and
 * citizens are not sent there (`weekend.walkIn`). Only the section: a window
 * leader cannot waive their own window's duty. Refused while anyone is
 * rostered for the window that day: checked in the close's transaction
 * against the window's day, which a schedule writes too, so a close and a
 * schedule at the same instant never both succeed; the query before it
 * also sees shifts scheduled before the window's day was kept. Closing twice
 * answers the first record.
 */
export const closeAction = guarded(['section'], dutyCloseInputSchema, async (input, ctx: ActionContext, actor) => {
  const now = ctx.now().getTime()
  const [{ calendar, settings }, window, shifts] = await Promise.all([
    referenceData(ctx),
    windowRepository(ctx.db).get(input.windowId),
    dutyShiftRepository(ctx.db).inRange(input.date, input.date, input.windowId),
  ])
  if (!window) return fail('NOT_FOUND')
  const day = walkInDayCheck(input.date, calendar, settings, now)
  if (!day.ok) return day
  if (shifts.length > 0) return fail('INVALID_TRANSITION', HAS_SHIFTS_MESSAGE)
  const closure: DutyClosure = {
    id: dutyClosureId(input.date, input.windowId),
    date: input.date,
    windowId: input.windowId,
    reason: input.reason,
    closedBy: actor.staff?.name ?? '管理科',
    closedAt: now,
  }
  const saved = await dutyClosureRepository(ctx.db).close(closure)
  return saved.ok ? ok({ closure: saved.data.stored, created: saved.data.created }) : saved
})

/**
 * `duty.reopen` (R21): the section takes back a closed day before it comes,
 * so the window is rostered (and a gap counted) again.
 */
export const reopenAction = guarded(['section'], dutyReopenInputSchema, async (input, ctx: ActionContext) => {
  const closures = dutyClosureRepository(ctx.db)
  const closure = await closures.get(input.date, input.windowId)
  if (!closure) return fail('NOT_FOUND')
  if (input.date < civilDateOf(ctx.now())) return fail('INVALID_TRANSITION', '已经过去的日期不能恢复开放')
  await closures.reopen(input.date, input.windowId)
  return ok({ reopened: closure.id })
})
