import { fail, ok } from '@shared/api'
import { dayInfo } from '@shared/calendar'
import { closedKey, dutyGaps, dutyRosterInputSchema, rosterSpan } from '@shared/duty'
import { addDays, civilDateOf } from '@shared/time'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { referenceData } from '@server/referenceData'
import { dutyReference } from '@server/duty/dutyReference'
import { dutyAtOnce } from '@server/duty/dutyAtOnce'
import { SCHEDULER_ROLES } from './manageableWindow'

/**
 * `duty.roster` (R2, R22): the walk-in days of a span (at most 31 days;
 * by default the 28 days from today, the server's),
 * the windows with their active staff, the shifts, and the gaps — a walk-in
 * half-day on which a window serving walk-in items has nobody scheduled, or
 * nobody leading — and the days the section closed for a window (no gap).
 * The section sees every window, a leader their own.
 * Requests: 1 staff record + 1 aggregation reading the shifts and the closed days (`dutyAtOnce`) (+ reference data on a
 * cold instance, then cached for 30 s).
 */
export const rosterAction = guarded(SCHEDULER_ROLES, dutyRosterInputSchema, async (input, ctx: ActionContext, actor) => {
  // The span is checked after its defaults: a lone `to` far ahead would loop for ever.
  const span = rosterSpan(input, civilDateOf(ctx.now()))
  if (!span.ok) return span
  const { from, to } = span.data
  const own = actor.roles.includes('section') ? undefined : actor.staff?.windowId
  if (!actor.roles.includes('section') && !own) return fail('FORBIDDEN', '您未分配到窗口')
  const _ = ctx.db.command
  const inSpan = { date: _.gte(from).and(_.lte(to)), ...(own ? { windowId: own } : {}) }
  const [{ calendar, settings }, reference, { shifts, closures }] = await Promise.all([
    referenceData(ctx),
    dutyReference(ctx),
    dutyAtOnce(ctx.db, { shifts: inSpan, closures: inSpan }),
  ])
  const days = []
  for (let date = from; date <= to; date = addDays(date, 1)) days.push(dayInfo(date, calendar, settings))
  const walkInDays = days.filter((d) => d.service === 'walk-in').map((d) => d.date)
  const windows = reference.windows
    .filter((w) => !own || w.id === own)
    .sort((a, b) => a.number.localeCompare(b.number, 'en', { numeric: true }))
    .map((w) => ({
      id: w.id,
      number: w.number,
      name: w.name,
      departmentId: w.departmentId,
      servesWalkIn: reference.walkInWindowIds.includes(w.id),
      staff: reference.staff.filter((s) => s.windowId === w.id).map((s) => ({ id: s.id, name: s.name, leader: s.roles.includes('leader') })),
    }))
  const gaps = dutyGaps(
    walkInDays,
    windows.filter((w) => w.servesWalkIn).map((w) => w.id),
    shifts,
    new Set(closures.map((c) => closedKey(c.date, c.windowId))),
  )
  return ok({
    from,
    to,
    days: days.filter((d) => d.service === 'walk-in' || d.service === 'unknown'),
    windows,
    shifts,
    gaps,
    closures,
    walkInHours: settings.walkInHours,
  })
})
