import { useCallback, useMemo, useState } from 'react'
import type { DutyHalf } from '@shared/duty'
import { useCloudAction } from '../cloud/useCloudAction'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { rosterRows } from './rosterRows'

/** What the scheduling form has picked: a window's half-day, a person, leading or not. */
export interface ScheduleDraft {
  date: string
  half: DutyHalf
  windowId: string
  staffId: string
  leads: boolean
}

/**
 * 周末排班 (R2, R22): the next four weeks' walk-in days from `section`
 * `duty.roster` (the server's today), laid out per half-day and window with
 * the gaps; adding a person (the server makes the shift's id from the day,
 * half-day and person, so a retry is the same shift) and removing one
 * before their check-in.
 */
export function useDutyRoster() {
  const query = useCloudQuery('section', 'duty.roster')
  const action = useCloudAction()
  const { run } = action
  const { reload } = query
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const add = useCallback(
    async (draft: ScheduleDraft) => {
      setFieldErrors({})
      const result = await run('section', 'duty.schedule', draft)
      if (!result) return false
      if (!result.ok) {
        setFieldErrors(result.error.fields ?? {})
        return false
      }
      reload()
      return true
    },
    [run, reload],
  )
  const remove = useCallback(
    async (shiftId: string) => {
      const result = await run('section', 'duty.remove', { shiftId })
      if (result) reload()
      return result?.ok ?? false
    },
    [run, reload],
  )
  const rows = useMemo(() => (query.data ? rosterRows(query.data) : []), [query.data])
  return { ...query, rows, add, remove, busy: action.busy, writeError: action.error, fieldErrors }
}
