import { beijingInstant, type CivilDate } from '../time'
import type { Appointment } from './appointment'

/**
 * The epoch ms at which a Beijing wall clock shows `date` `time`: the agreed
 * time of an appointment, whatever zone the process runs in.
 *
 * @example agreedInstant('2026-10-02', '09:00') // Date.parse('2026-10-02T01:00:00Z')
 */
export function agreedInstant(date: CivilDate, time: string): number {
  return beijingInstant(date, time).getTime()
}

/** The agreed moment of a confirmed appointment (its date at 00:00 before a time is agreed). */
export function agreedAt(appointment: Pick<Appointment, 'date' | 'agreedTime'>): number {
  return agreedInstant(appointment.date, appointment.agreedTime ?? '00:00')
}
