import { useCloudQuery } from '../cloud/useCloudQuery'
import type { AppointmentAnswer } from '../booking/types'
import type { RecordsFormAnswer } from './types'

/**
 * The registration form of one appointment (登记表, R8): the printable HTML
 * the server renders, and the appointment itself for the key fields shown
 * on the phone, where there is no printer.
 */
export function useRegistrationForm(appointmentId: string) {
  const form = useCloudQuery<RecordsFormAnswer>('section', 'records.form', { appointmentId })
  const appointment = useCloudQuery<AppointmentAnswer>('booking', 'appointments.get', { appointmentId })
  return { form, appointment: appointment.data?.appointment, appointmentError: appointment.error }
}
