import { civilDateOf, civilTimeOf } from '@shared/time'
import { formatMonthDay } from './formatCivilDate'

/**
 * A holiday's booking deadline (R6) in Beijing time, whatever the phone's
 * zone: the server sends an ISO string with its offset.
 * @example formatDeadline('2026-09-30T17:00:00+08:00') // '9月30日 17:00 前预约'
 */
export function formatDeadline(iso: string): string {
  return `${formatMonthDay(civilDateOf(iso))} ${civilTimeOf(iso)} 前预约`
}
