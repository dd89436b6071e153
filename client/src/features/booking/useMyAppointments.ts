import { useCloudQuery } from '../cloud/useCloudQuery'
import type { MineAnswer } from './types'

/** The caller's own appointments (`appointments.mine`), read again each time the tab shows. */
export function useMyAppointments() {
  return useCloudQuery<MineAnswer>('booking', 'appointments.mine', {})
}
