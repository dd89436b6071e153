import { useCloudQuery } from '../cloud/useCloudQuery'

/**
 * The registration form of one appointment (登记表, R8): the printable HTML
 * the server renders, and the appointment itself for the key fields shown
 * on the phone, where there is no printer.
 */
export function useRegistrationForm(appointmentId: string) {
  const form = useCloudQuery('section', 'records.form', { appointmentId })
  const appointment = useCloudQuery('booking', 'appointments.get', { appointmentId })
  return { form, appointment: appointment.data?.appointment, appointmentError: appointment.error }
}
