import { useCloudQuery } from '../cloud/useCloudQuery'

/** The caller's own appointments (`appointments.mine`), read again each time the tab shows. */
export function useMyAppointments() {
  return useCloudQuery('booking', 'appointments.mine', {})
}
