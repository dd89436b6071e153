import type { AppointmentStatus } from '../appointments'

/** An appointment can be reviewed and visited once it is completed, whether or not the applicant has signed yet (R19, R20). */
export function isReviewable(status: AppointmentStatus): boolean {
  return status === 'completed' || status === 'acknowledged'
}

/** The statuses `isReviewable` accepts, for queries. */
export const REVIEWABLE_STATUSES: readonly AppointmentStatus[] = ['completed', 'acknowledged']
