import { useCloudQuery } from '../../cloud/useCloudQuery'
import type { YearChange } from '../types'

/** `calendar.history` of one year: who saved it, when, newest first. */
export function useYearHistory(year: number) {
  return useCloudQuery<{ changes: YearChange[] }>('admin', 'calendar.history', { year })
}
