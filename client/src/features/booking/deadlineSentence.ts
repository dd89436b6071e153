import { civilDateOf, civilTimeOf } from '@shared/time'
import { formatMonthDay } from '../calendar/formatCivilDate'

/**
 * The booking deadline (R6) as the form asks for it, in Beijing time.
 * @example deadlineSentence('2026-09-30T17:00:00+08:00') // '请在9月30日17:00前提交'
 */
export function deadlineSentence(iso: string): string {
  return `请在${formatMonthDay(civilDateOf(iso))}${civilTimeOf(iso)}前提交`
}
