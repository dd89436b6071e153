import { useCloudQuery } from '../../cloud/useCloudQuery'

/** `calendar.history` of one year: who saved it, when, newest first. */
export function useYearHistory(year: number) {
  return useCloudQuery('admin', 'calendar.history', { year })
}
