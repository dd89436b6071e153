import type { AppointmentView } from '@shared/appointments'
import type { TimeSpan } from '@shared/calendar'

/** The picker's slots are this far apart. */
export const SLOT_MINUTES = 15

const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number)
  return h * 60 + m
}
const timeOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/**
 * R11, R12: the time the confirm screen starts from: the applicant's
 * preferred time when they gave one, else the first time the queue suggests,
 * else the start of the half day they asked for (of the service hours, R4),
 * else nothing (the staff picks).
 *
 * @example initialAgreedTime({ preferredTime: '10:00', halfDay: 'am' }, ['08:30'], hours) // '10:00'
 * @example initialAgreedTime({ halfDay: 'pm' }, [], hours) // '13:30'
 */
export function initialAgreedTime(
  appointment: Pick<AppointmentView, 'preferredTime' | 'halfDay'>,
  suggestedTimes: readonly string[],
  serviceHours: readonly TimeSpan[],
): string {
  if (appointment.preferredTime) return appointment.preferredTime
  if (suggestedTimes[0]) return suggestedTimes[0]
  const span = appointment.halfDay === 'pm' ? serviceHours[1] ?? serviceHours[0] : serviceHours[0]
  return span?.start ?? ''
}

/**
 * R4: the times the picker offers, every 15 minutes inside each span of the
 * service hours (an agreed time at the span's end leaves no time to serve),
 * with any time already chosen (a preferred time off the grid) kept in order.
 *
 * @example timeSlots([{ start: '08:30', end: '09:30' }]) // ['08:30', '08:45', '09:00', '09:15']
 */
export function timeSlots(serviceHours: readonly TimeSpan[], keep: readonly string[] = []): string[] {
  const slots = new Set<string>()
  for (const span of serviceHours) {
    for (let m = minutesOf(span.start); m < minutesOf(span.end); m += SLOT_MINUTES) slots.add(timeOf(m))
  }
  for (const time of keep) if (time) slots.add(time)
  return [...slots].sort()
}

/** A time as people read it: 9:00, 14:30 (no leading zero). */
export function readTime(time: string): string {
  return time.replace(/^0(\d)/, '$1')
}
