import type { TimeSpan } from '@shared/calendar'
import { halfDaySpan, type DutyHalf } from '@shared/duty'

/**
 * 上午 / 下午 with the half-day's service hours (R2, setting `walkInHours`).
 * @example halfDayLabel('am', [{ start: '08:30', end: '12:00' }]) // '上午 08:30–12:00'
 */
export function halfDayLabel(half: DutyHalf, walkInHours: readonly TimeSpan[]): string {
  const name = half === 'am' ? '上午' : '下午'
  const span = halfDaySpan(half, walkInHours)
  return span ? `${name} ${span.start}–${span.end}` : name
}
