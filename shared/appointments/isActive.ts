import type { AppointmentStatus } from './appointment'

const ACTIVE: ReadonlySet<AppointmentStatus> = new Set(['submitted', 'dispatched', 'assigned', 'confirmed', 'change_pending', 'in_service'])

/**
 * True while an appointment is still under way, from submitted to in service:
 * these count toward the per-applicant cap of a holiday (`perApplicantCap`).
 * @example isActive('confirmed') // true
 */
export function isActive(status: AppointmentStatus): boolean {
  return ACTIVE.has(status)
}
