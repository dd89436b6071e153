import { action, noInputSchema, ok } from '@shared/api'
import { calendarRange, calendarRangeInputSchema, dayInfo, upcomingHolidays } from '@shared/calendar'
import { civilDateOf, formatBeijingIso } from '@shared/time'
import type { ActionContext } from '../../../server/context'
import { calendarRepository } from '../../../server/repositories/calendar'
import { settingsRepository } from '../../../server/repositories/settings'
import { subscribeTemplateIds } from '../../../server/notify/subscribeTemplateIds'

/** The calendar in force and the settings, read together (two reads). */
async function load(ctx: ActionContext) {
  const [calendar, { settings }] = await Promise.all([calendarRepository(ctx.db).load(), settingsRepository(ctx.db).load()])
  return { calendar, settings }
}

/** `calendar.range`: each day's kind and service (R2–R5), at most 366 days. */
export const calendarRangeAction = action(calendarRangeInputSchema, async (input, ctx: ActionContext) => {
  const { calendar, settings } = await load(ctx)
  return calendarRange(input.from, input.to, calendar, settings)
})

/**
 * `calendar.upcoming`: the coming holidays with their booking deadlines and
 * whether booking is open now (R6), what today is at the center, and the
 * walk-in hours (R2, a setting) for the page to state, and the message
 * templates the app asks citizens (on booking) and staff (in the queue) to
 * allow, from the settings already read.
 */
export const calendarUpcomingAction = action(noInputSchema, async (_input, ctx: ActionContext) => {
  const { calendar, settings } = await load(ctx)
  const now = ctx.now()
  const today = dayInfo(civilDateOf(now), calendar, settings)
  return ok({
    now: formatBeijingIso(now),
    today,
    walkInHours: settings.walkInHours,
    subscribeTemplates: subscribeTemplateIds(settings.templates),
    ...upcomingHolidays(now, calendar, settings),
  })
})
