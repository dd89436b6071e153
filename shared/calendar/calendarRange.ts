import * as v from 'valibot'
import { fail, ok, type ApiResult } from '../api'
import { addDays, isCivilDate, supportedDate, type CivilDate } from '../time'
import type { Calendar } from './buildCalendar'
import { dayInfo, type DayInfo } from './dayInfo'
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from './settings'

/** `calendar.range` answers at most this many days. */
export const MAX_RANGE_DAYS = 366

const civilDate = v.pipe(v.string('请填写日期'), v.check(isCivilDate, '请选择日期'), supportedDate('日期'))

/** Number of days from `from` to `to`, both included. */
function daysIncluded(from: CivilDate, to: CivilDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1
}

/** The input of `calendar.range`: two civil dates, `from` ≤ `to`, at most 366 days. */
export const calendarRangeInputSchema = v.pipe(
  v.object({ from: civilDate, to: civilDate }),
  v.forward(
    v.partialCheck([['from'], ['to']], ({ from, to }) => from <= to, '结束日期不能早于开始日期'),
    ['to'],
  ),
  v.forward(
    v.partialCheck([['from'], ['to']], ({ from, to }) => daysIncluded(from, to) <= MAX_RANGE_DAYS, `一次最多查询${MAX_RANGE_DAYS}天`),
    ['to'],
  ),
)

/**
 * Every day from `from` to `to` (both included) as `dayInfo` sees it, for
 * `calendar.range` (R2, R3, R4, R5). Invalid input answers `INVALID_INPUT` with the
 * field at fault; nothing throws.
 *
 * @example calendarRange('2026-10-01', '2026-10-10', calendar) // { ok: true, data: { days: [...10 days] } }
 */
export function calendarRange(
  from: unknown,
  to: unknown,
  calendar: Calendar,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): ApiResult<{ days: DayInfo[] }> {
  const parsed = v.safeParse(calendarRangeInputSchema, { from, to })
  if (!parsed.success) {
    const fields: Record<string, string> = {}
    for (const issue of parsed.issues) {
      const key = v.getDotPath(issue) ?? 'from'
      fields[key] ??= issue.message
    }
    return fail('INVALID_INPUT', Object.values(fields)[0], fields)
  }
  const days: DayInfo[] = []
  for (let date = parsed.output.from; date <= parsed.output.to; date = addDays(date, 1)) days.push(dayInfo(date, calendar, settings))
  return ok({ days })
}
