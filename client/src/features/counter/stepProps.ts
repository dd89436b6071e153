import type { AppointmentView } from '@shared/appointments'

/** What every step form gets: the record as read (its version goes with the write) and how to reload it. */
export interface StepProps {
  appointment: AppointmentView
  reload: () => void
}
