import { suggestTimes, type Appointment } from '@shared/appointments'
import type { TimeSpan } from '@shared/calendar'

/** The statuses whose agreed time occupies the window (R12). */
export const AGREED: readonly Appointment['status'][] = ['confirmed', 'change_pending', 'in_service']
/** The statuses still waiting for a time to be agreed. */
export const WAITING: readonly Appointment['status'][] = ['dispatched', 'assigned']

/** What `queueSuggestions` reads of the window's appointments. */
export type QueueAppointment = Pick<
  Appointment,
  'id' | 'status' | 'date' | 'halfDay' | 'itemIds' | 'leadWindowId' | 'agreedTime' | 'plannedMinutes' | 'createdAt'
>

export interface QueueSuggestionsInput {
  windowId: string
  /** The window's appointments: those waiting and those already agreed. */
  appointments: readonly QueueAppointment[]
  /** Each item's estimated handling time in minutes (R14). */
  estimatedMinutes: ReadonlyMap<string, number>
  serviceHours: readonly TimeSpan[]
  now: number
}

const shareAnItem = (a: QueueAppointment, b: QueueAppointment) => a.itemIds.some((id) => b.itemIds.includes(id))

/**
 * R12: for each appointment the window leads that still waits for a time
 * (dispatched or assigned), the times the staff could offer: `suggestTimes`
 * around the times already agreed on that day for the same item, and around
 * the first suggestion made to each applicant who asked earlier, so that
 * several applicants for one item and day are offered distinct times.
 * A visit lasts its items' estimates added up. Answers a map by appointment id.
 *
 * @example queueSuggestions({ windowId: 'win-02', appointments: [a, b], estimatedMinutes: new Map([['item-001', 30]]), serviceHours, now })
 * // Map { a.id => ['08:30', '09:00', …], b.id => ['09:00', '09:30', …] }
 */
export function queueSuggestions(input: QueueSuggestionsInput): Map<string, string[]> {
  const { windowId, appointments, estimatedMinutes, serviceHours, now } = input
  const led = appointments.filter((a) => a.leadWindowId === windowId)
  const minutesOf = (a: QueueAppointment) => a.itemIds.reduce((sum, id) => sum + (estimatedMinutes.get(id) ?? 0), 0)
  const waiting = led.filter((a) => WAITING.includes(a.status)).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
  const offered: { appointment: QueueAppointment; agreedTime: string; plannedMinutes: number }[] = []
  const result = new Map<string, string[]>()
  for (const appointment of waiting) {
    const planned = minutesOf(appointment)
    const agreed = led
      .filter((a) => AGREED.includes(a.status) && a.agreedTime !== undefined && a.date === appointment.date && shareAnItem(a, appointment))
      .map((a) => ({ agreedTime: a.agreedTime as string, plannedMinutes: a.plannedMinutes ?? minutesOf(a) }))
    const earlier = offered.filter((o) => o.appointment.date === appointment.date && shareAnItem(o.appointment, appointment))
    const times = suggestTimes({
      date: appointment.date,
      ...(appointment.halfDay ? { halfDay: appointment.halfDay } : {}),
      estimatedMinutes: planned,
      confirmed: [...agreed, ...earlier],
      serviceHours,
      now,
    })
    result.set(appointment.id, times)
    if (times.length > 0) offered.push({ appointment, agreedTime: times[0], plannedMinutes: planned })
  }
  return result
}
