import { useCallback } from 'react'
import { useCloudAction } from '../cloud/useCloudAction'
import { useCloudQuery } from '../cloud/useCloudQuery'

/**
 * 我的值班 (R21): my shifts from `counter` `duty.mine`, and check-in and
 * check-out. The time is the server's; a double tap is refused here while
 * the first runs, and answered harmlessly by the server anyway.
 */
export function useMyDuty() {
  const query = useCloudQuery('counter', 'duty.mine')
  const action = useCloudAction()
  const { run } = action
  const { reload } = query
  const attend = useCallback(
    async (step: 'checkIn' | 'checkOut', shiftId: string) => {
      const result = await run('counter', `duty.${step}`, { shiftId })
      if (result) reload()
      return result?.ok ? result.data : undefined
    },
    [run, reload],
  )
  const shifts = [...(query.data?.shifts ?? [])].sort((a, b) => b.date.localeCompare(a.date) || a.half.localeCompare(b.half))
  const today = query.data?.today ?? ''
  return {
    ...query,
    upcoming: shifts.filter((s) => s.date >= today).reverse(),
    recent: shifts.filter((s) => s.date < today),
    busy: action.busy,
    writeError: action.error,
    checkIn: (shiftId: string) => attend('checkIn', shiftId),
    checkOut: (shiftId: string) => attend('checkOut', shiftId),
  }
}
