import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/**
 * Beijing time is a fixed UTC+08:00 without daylight saving. Cloud functions
 * run in UTC and phones may be set to any zone, so every civil date and time
 * is computed at this offset explicitly, never from a bare `Date`. The
 * `timezone` plugin is avoided on purpose: mini-program engines lack the
 * `Intl` zone data it needs.
 */
export const BEIJING_OFFSET_MINUTES = 480

/** A civil date `YYYY-MM-DD`. */
export type CivilDate = string

/** An instant given as a Date, epoch milliseconds or an ISO string with offset. */
export type Instant = Date | number | string

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const CIVIL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/** The instant seen on a Beijing wall clock. */
export function toBeijing(instant: Instant): Dayjs {
  return dayjs(instant).utcOffset(BEIJING_OFFSET_MINUTES)
}

/**
 * The Beijing civil date of an instant.
 * @example civilDateOf('2026-09-30T16:30:00Z') // '2026-10-01'
 */
export function civilDateOf(instant: Instant): CivilDate {
  return toBeijing(instant).format('YYYY-MM-DD')
}

/** The Beijing wall-clock time `HH:mm` of an instant. */
export function civilTimeOf(instant: Instant): string {
  return toBeijing(instant).format('HH:mm')
}

/** True for a real calendar date written `YYYY-MM-DD` (`2026-02-30` is not). */
export function isCivilDate(value: string): boolean {
  const m = CIVIL_DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(Date.UTC(y, mo - 1, d))
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d
}

/** True for a wall-clock time written `HH:mm`, 00:00–23:59. */
export function isCivilTime(value: string): boolean {
  return CIVIL_TIME.test(value)
}

/**
 * The instant at which a Beijing wall clock shows `date` `time`.
 * @example beijingInstant('2026-10-01', '08:30').toISOString() // '2026-10-01T00:30:00.000Z'
 */
export function beijingInstant(date: CivilDate, time = '00:00'): Date {
  if (!isCivilDate(date) || !isCivilTime(time)) throw new RangeError(`not a Beijing date and time: ${date} ${time}`)
  return dayjs.utc(`${date}T${time}:00`).subtract(BEIJING_OFFSET_MINUTES, 'minute').toDate()
}

/** The civil date `days` after `date` (negative for before). */
export function addDays(date: CivilDate, days: number): CivilDate {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD')
}

/** Day of the week of a civil date: 0 Sunday … 6 Saturday, whatever the process's zone. */
export function weekdayOf(date: CivilDate): number {
  return dayjs.utc(date).day()
}

/** An ISO string of the instant at +08:00, e.g. `2026-10-01T08:30:00+08:00`. */
export function formatBeijingIso(instant: Instant): string {
  return toBeijing(instant).format('YYYY-MM-DDTHH:mm:ssZ')
}
