import { addDays, type CivilDate } from '@shared/time'
import type { Period } from './period'

/**
 * The month containing `today` (a Beijing civil date), or the one before it
 * (`monthsBack: 1`), from its first to its last day.
 * @example monthPeriod('2026-11-27', 1) // { from: '2026-10-01', to: '2026-10-31' }
 */
export function monthPeriod(today: CivilDate, monthsBack: 0 | 1): Period {
  const [year, month] = today.split('-').map(Number)
  const first = new Date(Date.UTC(year, month - 1 - monthsBack, 1)).toISOString().slice(0, 10)
  const nextFirst = new Date(Date.UTC(year, month - monthsBack, 1)).toISOString().slice(0, 10)
  return { from: first, to: addDays(nextFirst, -1) }
}
