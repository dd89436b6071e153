import { fail, ok, type ApiResult } from '../api'
import { addDays, type CivilDate } from '../time'
import { DEFAULT_ROSTER_DAYS, MAX_ROSTER_DAYS } from './dutySchemas'

const SPAN_MESSAGE = `结束日期须在开始日期之后，且不超过${MAX_ROSTER_DAYS}天`

/**
 * The span a weekend-duty roster shows (R2, R22), after its defaults: from `from` (else `today`,
 * Beijing time) to `to` (else 28 days on, or 31 with an explicit `from`),
 * refused unless `from ≤ to ≤ from + 30 days` — checked here, after the
 * defaults, because the schema alone cannot see a lone `to` of 9999-12-31.
 * @example rosterSpan({ to: '9999-12-31' }, '2026-10-12') // INVALID_INPUT on `to`
 */
export function rosterSpan(input: { from?: CivilDate; to?: CivilDate }, today: CivilDate): ApiResult<{ from: CivilDate; to: CivilDate }> {
  const from = input.from ?? today
  const to = input.to ?? addDays(from, (input.from ? MAX_ROSTER_DAYS : DEFAULT_ROSTER_DAYS) - 1)
  if (to < from || to > addDays(from, MAX_ROSTER_DAYS - 1)) return fail('INVALID_INPUT', SPAN_MESSAGE, { to: SPAN_MESSAGE })
  return ok({ from, to })
}
