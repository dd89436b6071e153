import type { TimeSpan } from '../calendar'
import { civilDateOf, civilTimeOf, type CivilDate } from '../time'
import type { HalfDay } from './appointment'
import { clockTime, minutesOf } from './clockMinutes'

/** Suggested times start on a multiple of this many minutes. */
const STEP_MINUTES = 5

/** Input of `suggestTimes`. */
export interface SuggestTimesInput {
  date: CivilDate
  halfDay?: HalfDay
  /** How long one applicant's visit takes. */
  estimatedMinutes: number
  /** Appointments already agreed for the same item and day. */
  confirmed: readonly { agreedTime: string; plannedMinutes: number }[]
  serviceHours: readonly TimeSpan[]
  /** When given, times already past are not suggested. */
  now?: number
}

const stepUp = (minutes: number) => Math.ceil(minutes / STEP_MINUTES) * STEP_MINUTES

/**
 * R12: several applicants for one item on one day each get a distinct time.
 * Suggests every start time, earliest first, at which a visit of
 * `estimatedMinutes` fits in one span of the service hours (morning spans for
 * `am`, afternoon for `pm`) without overlapping an agreed appointment or
 * another suggestion.
 *
 * @example suggestTimes({ date: '2026-10-02', estimatedMinutes: 60, confirmed: [{ agreedTime: '08:30', plannedMinutes: 60 }], serviceHours: [{ start: '08:30', end: '12:00' }] }) // ['09:30', '10:30']
 */
export function suggestTimes(input: SuggestTimesInput): string[] {
  const { date, halfDay, estimatedMinutes, confirmed, serviceHours, now } = input
  if (now !== undefined && civilDateOf(now) > date) return []
  const earliest = now !== undefined && civilDateOf(now) === date ? minutesOf(civilTimeOf(now)) + 1 : 0
  const busy = confirmed.map((c) => ({ start: minutesOf(c.agreedTime), end: minutesOf(c.agreedTime) + c.plannedMinutes }))
  const length = Math.max(1, Math.ceil(estimatedMinutes))
  const spans = serviceHours.filter((span) => halfDay === undefined || (span.start < '12:00') === (halfDay === 'am'))
  const times: string[] = []
  for (const span of spans) {
    const end = minutesOf(span.end)
    let start = stepUp(Math.max(minutesOf(span.start), earliest))
    while (start + length <= end) {
      const finish = start + length
      const clash = busy.find((b) => b.start < finish && start < b.end)
      if (clash) {
        start = stepUp(clash.end)
        continue
      }
      times.push(clockTime(start))
      start = stepUp(finish)
    }
  }
  return times
}
