import { fail, ok, type ApiResult } from '../api'
import type { HolidayPeriod } from '../calendar'
import type { CivilDate } from '../time'

/**
 * The dates the section's list reads (R8, R9): a holiday's days (named by its
 * first day), one date, both (the date inside that holiday; a date outside
 * it selects nothing), or every date (`{}`). A holiday the calendar does not
 * know is refused with the field to correct.
 *
 * @example sectionListRange({ holiday: '2026-10-01' }, periods) // ok({ from: '2026-10-01', to: '2026-10-08' })
 */
export function sectionListRange(
  filter: { holiday?: CivilDate; date?: CivilDate },
  periods: readonly HolidayPeriod[],
): ApiResult<{ from?: CivilDate; to?: CivilDate }> {
  let from: CivilDate | undefined
  let to: CivilDate | undefined
  if (filter.holiday !== undefined) {
    const period = periods.find((p) => p.start === filter.holiday)
    if (!period) return fail('INVALID_INPUT', '没有找到这个节假日，请重新选择', { holiday: '没有找到这个节假日，请重新选择' })
    from = period.start
    to = period.end
  }
  if (filter.date !== undefined) {
    // Civil dates compare as strings (YYYY-MM-DD).
    from = from === undefined || filter.date > from ? filter.date : from
    to = to === undefined || filter.date < to ? filter.date : to
  }
  return ok(from !== undefined && to !== undefined ? { from, to } : {})
}

/**
 * The holidays the section's list offers as filters: those of last year,
 * this year and any later year the calendar knows, newest first.
 */
export function listedHolidays(periods: readonly HolidayPeriod[], today: CivilDate): HolidayPeriod[] {
  const since = `${Number(today.slice(0, 4)) - 1}-01-01`
  return periods.filter((p) => p.end >= since).sort((a, b) => (a.start < b.start ? 1 : -1))
}
