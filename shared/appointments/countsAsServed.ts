import type { AppointmentStatus } from './appointment'

/** The statuses that count as served (R18), as a list for a query's `in`. */
export const SERVED_STATUSES: readonly AppointmentStatus[] = ['completed', 'acknowledged', 'abandoned', 'no_show']

const SERVED: ReadonlySet<AppointmentStatus> = new Set(SERVED_STATUSES)

/**
 * True when the appointment counts as served: completed, acknowledged by the
 * applicant, given up after 30 minutes' lateness, or closed as a no-show
 * after unanswered attempts (R18).
 * @example countsAsServed('abandoned') // true
 */
export function countsAsServed(status: AppointmentStatus): boolean {
  return SERVED.has(status)
}
