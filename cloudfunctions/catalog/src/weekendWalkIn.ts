import { action, noInputSchema, ok } from '@shared/api'
import { weekendWalkInDays, weekendWalkInView } from '@shared/duty'
import { civilDateOf } from '@shared/time'
import type { ActionContext } from '@server/context'
import { referenceData } from '@server/referenceData'
import { dutyAtOnce } from '@server/duty/dutyAtOnce'
import { dutyReference } from '@server/duty/dutyReference'

/**
 * `weekend.walkIn` (R2, R21, R25): for anyone, the nearest weekend's walk-in
 * days (this weekend, or the next when this one is a holiday, a make-up
 * working day or over) and, for each, the windows someone is on duty for
 * with the items that can be handled there without appointment. Windows
 * closed by the section or left unstaffed are not shown. Only names, window
 * numbers and places: no staff names. Requests: 1 aggregation reading the
 * shifts and the closed days (`dutyAtOnce`) (+ the calendar, settings and duty
 * reference on a cold instance, then cached for 30 s).
 */
export const weekendWalkInAction = action(noInputSchema, async (_input, ctx: ActionContext) => {
  const today = civilDateOf(ctx.now())
  const [{ calendar, settings }, reference] = await Promise.all([referenceData(ctx), dutyReference(ctx)])
  const { days, unknown } = weekendWalkInDays(today, calendar, settings)
  if (days.length === 0) return ok({ today, days: [], walkInHours: settings.walkInHours, unknown })
  const from = days[0]
  const to = days[days.length - 1]
  const _ = ctx.db.command
  const inSpan = { date: _.gte(from).and(_.lte(to)) }
  const { shifts, closures } = await dutyAtOnce(ctx.db, { shifts: inSpan, closures: inSpan })
  return ok({
    today,
    days: weekendWalkInView({ days, windows: reference.windows, items: reference.walkInItems, shifts, closures }),
    walkInHours: settings.walkInHours,
    unknown,
  })
})
