import { fail, ok, type ApiResult } from '@shared/api'
import { checkInShift, checkOutShift, dutyShiftRefSchema, type DutyShift } from '@shared/duty'
import { dutyCreditMinutes, timeBankEntryId, type TimeBankEntry } from '@shared/time-bank'
import { chineseDate } from '@shared/time'
import type { Actor } from '@server/auth'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { referenceData } from '@server/referenceData'
import { dutyShiftRepository } from '@server/duty/dutyShiftRepository'
import { COUNTER_ROLES } from '../windowEvent'

type Answer = ApiResult<{ shift: DutyShift; creditedMinutes?: number }>

/** The caller's own shift, or null: anyone else's is `NOT_FOUND`, as one that does not exist. */
async function ownShift(ctx: ActionContext, actor: Actor, shiftId: string): Promise<DutyShift | null> {
  const shift = await dutyShiftRepository(ctx.db).get(shiftId)
  return shift && actor.staff && shift.staffId === actor.staff.id ? shift : null
}

/**
 * `duty.checkIn` (R21): on the shift's day, at the server's time; late after
 * the half-day's start (setting `walkInHours`). A double tap keeps the first
 * time; two taps racing: one saves, the other reads it back.
 */
export const checkInAction = guarded(COUNTER_ROLES, dutyShiftRefSchema, async (input, ctx: ActionContext, actor): Promise<Answer> => {
  const shift = await ownShift(ctx, actor, input.shiftId)
  if (!shift) return fail('NOT_FOUND')
  const { settings } = await referenceData(ctx)
  const step = checkInShift(shift, ctx.now().getTime(), settings.walkInHours)
  if (!step.ok) return step
  if (!step.data.changed) return ok({ shift })
  if (await dutyShiftRepository(ctx.db).saveAttendance(shift, step.data.shift)) return ok({ shift: step.data.shift })
  const current = await ownShift(ctx, actor, input.shiftId)
  return current?.checkInAt !== undefined ? ok({ shift: current }) : fail('CONFLICT')
})

/**
 * `duty.checkOut` (R21, R24): after the check-in, at the server's time; the
 * time on duty inside the half-day's service hours goes to the time bank in
 * the same transaction (`saveCheckOut`). A double tap keeps the first time
 * and credits once.
 */
export const checkOutAction = guarded(COUNTER_ROLES, dutyShiftRefSchema, async (input, ctx: ActionContext, actor): Promise<Answer> => {
  const shift = await ownShift(ctx, actor, input.shiftId)
  if (!shift) return fail('NOT_FOUND')
  const now = ctx.now().getTime()
  const step = checkOutShift(shift, now)
  if (!step.ok) return step
  if (!step.data.changed) return ok({ shift })
  const { settings } = await referenceData(ctx)
  const next = step.data.shift
  const minutes = dutyCreditMinutes(next, settings.walkInHours)
  const source = { type: 'duty' as const, id: next.id }
  const credit: TimeBankEntry | null =
    minutes > 0 ? { id: timeBankEntryId(source), staffId: next.staffId, windowId: next.windowId, minutes, source, at: now, by: 'system', note: `${chineseDate(next.date)}${next.half === 'am' ? '上午' : '下午'}周末值班` } : null
  const saved = await dutyShiftRepository(ctx.db).saveCheckOut(shift, next, credit)
  // Not saved: the account stayed written by other postings through every attempt (inTransaction), CONFLICT, try again.
  if (!saved.ok) return saved
  if (saved.data) return ok({ shift: next, creditedMinutes: minutes })
  const current = await ownShift(ctx, actor, input.shiftId)
  return current?.checkOutAt !== undefined ? ok({ shift: current }) : fail('CONFLICT')
})
