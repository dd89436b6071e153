import type { CivilDate } from '@shared/time'
import { formatWeekday } from '../calendar/formatCivilDate'

/**
 * A civil date with its year, as a record that spans years shows it.
 * @example fullDate('2026-10-05') // '2026年10月5日（周一）'
 */
export function fullDate(date: CivilDate): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day}日（${formatWeekday(date)}）`
}
