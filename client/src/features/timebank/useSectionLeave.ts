import { useCallback } from 'react'
import { useCloudAction } from '../cloud/useCloudAction'
import { useCloudQuery } from '../cloud/useCloudQuery'

/**
 * 调休审批 for the section (R24): the leave `leaveRoute` gave it — a window
 * leader's, a one-person window's, one covered from another department —
 * from `section` `leave.pending`, and its decision. The server checks the
 * role, the route, the balance and the cover again.
 */
export function useSectionLeave() {
  const query = useCloudQuery('section', 'leave.pending')
  const action = useCloudAction()
  const { run } = action
  const { reload } = query
  const decide = useCallback(
    async (leaveId: string, decision: 'approve' | 'reject', note = '') => {
      const result = await run('section', 'leave.decide', { leaveId, decision, note })
      if (result) reload()
      return result?.ok ?? false
    },
    [run, reload],
  )
  return { ...query, decide, busy: action.busy, writeError: action.error }
}
