import type { AppointmentStatus } from './appointment'

const SERVED: ReadonlySet<AppointmentStatus> = new Set(['completed', 'acknowledged', 'abandoned'])

/**
 * True when the appointment counts as served: completed, acknowledged by the
 * applicant, or given up after 30 minutes' lateness (R18).
 * @example countsAsServed('abandoned') // true
 */
export function countsAsServed(status: AppointmentStatus): boolean {
  return SERVED.has(status)
}
