import type { TimeSpan } from '../calendar'
import type { DutyHalf } from './dutyShift'

/**
 * The service hours of a half-day (R2, setting `walkInHours`): the first
 * span is the morning, the second the afternoon. Undefined when the setting
 * has no such span.
 * @example halfDaySpan('pm', [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '17:00' }]) // { start: '13:30', end: '17:00' }
 */
export function halfDaySpan(half: DutyHalf, walkInHours: readonly TimeSpan[]): TimeSpan | undefined {
  return walkInHours[half === 'am' ? 0 : 1]
}
