import type { CivilDate } from '@shared/time'

/**
 * A civil date in full as people read it, from the string alone.
 * @example formatFullDate('2026-10-05') // '2026年10月5日'
 */
export function formatFullDate(date: CivilDate): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day}日`
}
