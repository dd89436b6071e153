import type { Outcome } from '@shared/appointments'
import { civilDateOf, civilTimeOf } from '@shared/time'
import { formatMonthDay } from '../calendar/formatCivilDate'
import { readTime } from './confirmTime'

/**
 * R19: when service ran, as staff read it: Beijing date, 24-hour times, minutes.
 *
 * @example serviceTimes({ startedAt: Date.parse('2026-10-02T09:05:00+08:00'), endedAt: Date.parse('2026-10-02T09:40:00+08:00'), minutes: 35, result: '' })
 * // '10月2日 9:05—9:40（35分钟）'
 */
export function serviceTimes(outcome: Pick<Outcome, 'startedAt' | 'endedAt' | 'minutes'>): string {
  const date = formatMonthDay(civilDateOf(outcome.startedAt))
  return `${date} ${readTime(civilTimeOf(outcome.startedAt))}—${readTime(civilTimeOf(outcome.endedAt))}（${outcome.minutes}分钟）`
}
