import { toBeijing, type CivilDate, type Instant } from './beijing'

/**
 * Dates as people read them on paper and screen (no ISO text, no offsets):
 * `2026年10月2日`, with the 24-hour Beijing time `2026年10月2日 09:30`.
 */
export function chineseDate(date: CivilDate): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

/** @example chineseDateTime('2026-10-02T01:30:00Z') // '2026年10月2日 09:30' */
export function chineseDateTime(at: Instant): string {
  const t = toBeijing(at)
  return `${t.year()}年${t.month() + 1}月${t.date()}日 ${t.format('HH:mm')}`
}
