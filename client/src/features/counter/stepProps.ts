import type { AppointmentView } from '@shared/appointments'
import type { StepDone } from './useCounterStep'

/** What every step form gets: the record as read (its version goes with the write), how to reload it, and whom to tell of a success. */
export interface StepProps {
  appointment: AppointmentView
  reload: () => void
  onDone?: StepDone
}
