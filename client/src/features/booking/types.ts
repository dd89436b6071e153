import type { Appointment } from '@shared/appointments'

/**
 * An appointment as `booking` answers it (api.md): the record plus its state
 * in Chinese, with the phone masked for anyone who need not call the applicant.
 */
export type AppointmentView = Appointment & { statusText: string }

/** `appointments.request`, `get`, `cancel` and `acknowledge` data. */
export interface AppointmentAnswer {
  appointment: AppointmentView
}

/** `appointments.mine` data: the caller's own, newest first. */
export interface MineAnswer {
  appointments: AppointmentView[]
}
