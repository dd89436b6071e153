import { useCallback, useMemo, useState } from 'react'
import type { ApiResult } from '@shared/api'
import type { DutyHalf } from '@shared/duty'
import { useCloudAction } from '../cloud/useCloudAction'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { rosterDays } from './rosterDays'

/** What the scheduling form has picked: a window's half-day, a person, leading or not. */
export interface ScheduleDraft {
  date: string
  half: DutyHalf
  windowId: string
  staffId: string
  leads: boolean
}

/** The window-day whose panel is open on the roster, and the half-day tapped. */
export interface RosterSelection {
  date: string
  windowId: string
  half: DutyHalf
}

/**
 * 周末排班 (R2, R21, R22): the next four weeks' walk-in days from `section`
 * `duty.roster` (the server's today), grouped by day and window with the
 * gaps; tapping a half-day opens its panel right there, to add a person of
 * the window or a colleague of its department covering (the server makes
 * the shift's id from the day, half-day and person, so a retry is the same
 * shift), remove one before their check-in, or close the day for the window
 * with a reason (R23) and open it again.
 */
export function useDutyRoster() {
  const query = useCloudQuery('supervision', 'duty.roster')
  const action = useCloudAction()
  const { run } = action
  const { reload } = query
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [selected, setSelected] = useState<RosterSelection | null>(null)
  const [done, setDone] = useState('')
  const write = useCallback(
    async (send: () => Promise<ApiResult<unknown> | undefined>, said: string) => {
      setFieldErrors({})
      setDone('')
      const result = await send()
      if (!result) return false
      if (!result.ok) {
        setFieldErrors(result.error.fields ?? {})
        return false
      }
      setDone(said)
      reload()
      return true
    },
    [reload],
  )
  const add = useCallback((draft: ScheduleDraft, name = '') => write(() => run('supervision', 'duty.schedule', draft), `已安排${name}值班`), [write, run])
  const remove = useCallback((shiftId: string) => write(() => run('supervision', 'duty.remove', { shiftId }), '已移除'), [write, run])
  const close = useCallback(
    (date: string, windowId: string, reason: string) => write(() => run('supervision', 'duty.close', { date, windowId, reason }), '已设为当天不开放，督查不计无人值班'),
    [write, run],
  )
  const reopen = useCallback((date: string, windowId: string) => write(() => run('supervision', 'duty.reopen', { date, windowId }), '已恢复开放，请安排值班人员'), [write, run])
  const select = useCallback((next: RosterSelection | null) => {
    setSelected(next)
    setFieldErrors({})
    setDone('')
  }, [])
  const days = useMemo(() => (query.data ? rosterDays(query.data) : []), [query.data])
  return { ...query, days, add, remove, close, reopen, selected, select, done, busy: action.busy, writeError: action.error, fieldErrors }
}
