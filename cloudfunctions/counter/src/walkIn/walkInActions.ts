import { fail, noInputSchema, ok } from '@shared/api'
import { walkInLogCheck, walkInLogInputSchema, walkInServiceId } from '@shared/duty'
import { civilDateOf } from '@shared/time'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { dutyAtOnce } from '@server/duty/dutyAtOnce'
import { dutyReference } from '@server/duty/dutyReference'
import { dutyShiftRepository } from '@server/duty/dutyShiftRepository'
import { walkInServiceRepository } from '@server/duty/walkInServiceRepository'
import { COUNTER_ROLES } from '../windowEvent'

/**
 * `walkIn.today` (R2, R21): the caller's shifts today (Beijing), the windows
 * they are on duty for — their own, or one they cover — with each window's
 * walk-in items (its department's), and the services logged today at those
 * windows by whoever was on duty there, each with their name: colleagues on
 * the same window-day see one log. A window the caller has no shift at
 * today shows nothing. Requests: 1 staff record + 1 aggregation reading my
 * shifts and the day's entries of my department's windows, where cover may
 * take me (`coverCheck`), and my own, kept to the windows of my shifts
 * (`dutyAtOnce`) (+ the duty reference on a cold instance, then cached for 30 s).
 */
export const walkInTodayAction = guarded(COUNTER_ROLES, noInputSchema, async (_input, ctx: ActionContext, actor) => {
  const staffId = actor.staff?.id
  if (!staffId) return fail('FORBIDDEN', '您还没有工作人员记录')
  const today = civilDateOf(ctx.now())
  const reference = await dutyReference(ctx)
  const ownWindow = reference.windows.find((w) => w.id === actor.staff?.windowId)
  const departmentWindowIds = ownWindow ? reference.windows.filter((w) => w.departmentId === ownWindow.departmentId).map((w) => w.id) : []
  const _ = ctx.db.command
  const found = await dutyAtOnce(ctx.db, {
    shifts: { staffId, date: today },
    // my own entries too, should a shift lie outside my department since I moved
    services: _.and([{ date: today }, _.or([{ windowId: _.in(departmentWindowIds) }, { staffId }])]) as unknown as Record<string, unknown>,
  })
  const { shifts } = found
  const windowIds = [...new Set(shifts.map((s) => s.windowId))]
  const services = found.services.filter((s) => windowIds.includes(s.windowId))
  const windows = windowIds.flatMap((id) => {
    const w = reference.windows.find((x) => x.id === id)
    if (!w) return []
    const items = reference.walkInItems.filter((i) => i.departmentId === w.departmentId).map((i) => ({ id: i.id, name: i.name }))
    return [{ id: w.id, number: w.number, name: w.name, items }]
  })
  return ok({ today, shifts, windows, services })
})

/**
 * `walkIn.log` (R2, R21): staff on duty record walk-in services in a few
 * taps — an item of the window they are on duty for, how many, 帮办代办 or
 * not — on the shift's day after checking in (`walkInLogCheck`). The entry's
 * id comes from the caller and the request id, so a double tap logs once.
 * Someone else's shift is `NOT_FOUND`, as one that does not exist.
 */
export const walkInLogAction = guarded(COUNTER_ROLES, walkInLogInputSchema, async (input, ctx: ActionContext, actor) => {
  const staffId = actor.staff?.id
  if (!staffId) return fail('FORBIDDEN', '您还没有工作人员记录')
  const [shift, reference] = await Promise.all([dutyShiftRepository(ctx.db).get(input.shiftId), dutyReference(ctx)])
  if (!shift || shift.staffId !== staffId) return fail('NOT_FOUND')
  const window = reference.windows.find((w) => w.id === shift.windowId) ?? null
  const item = reference.walkInItems.find((i) => i.id === input.itemId) ?? null
  const entry = walkInLogCheck(shift, item, window, { id: walkInServiceId(staffId, input.requestId), count: input.count, assisted: input.assisted }, ctx.now().getTime())
  if (!entry.ok) return entry
  const saved = await walkInServiceRepository(ctx.db).log(entry.data)
  return ok({ service: saved.stored, created: saved.created })
})
