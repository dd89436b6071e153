import { TRANSITIONS, type AppointmentStatus } from '@shared/appointments'

/** What an applicant can do to their own appointment from the app. */
export type ApplicantAction = 'cancel' | 'acknowledge'

const APPLICANT_ACTIONS: readonly ApplicantAction[] = ['cancel', 'acknowledge']

/**
 * The actions the transition table lets the applicant take in `status`:
 * cancel before service begins (R15), confirm the completion record once
 * it is completed (R19). Read from `TRANSITIONS`, so the buttons never offer
 * what the server would refuse as `INVALID_TRANSITION`.
 *
 * @example applicantActions('confirmed') // ['cancel']
 * @example applicantActions('completed') // ['acknowledge']
 */
export function applicantActions(status: AppointmentStatus): ApplicantAction[] {
  return APPLICANT_ACTIONS.filter((action) =>
    TRANSITIONS.some(
      (row) =>
        row.event === action &&
        (row.roles as readonly string[]).includes('applicant') &&
        (row.from as readonly (AppointmentStatus | null)[]).includes(status),
    ),
  )
}
