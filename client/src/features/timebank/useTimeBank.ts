import { useCallback, useState } from 'react'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'
import { useCloudQuery } from '../cloud/useCloudQuery'
import type { LeaveApprover } from '@shared/time-bank'
import { EMPTY_LEAVE_FORM, leaveInput, type LeaveForm } from './leaveForm'

/**
 * 时间银行 (R24): my balance, ledger and leave requests from `counter`
 * `timebank.mine`; the leave form (one request id per form, so a retry is
 * answered, not repeated); and a leader's decisions on the window's
 * requests. The server checks the balance, the cover and the role.
 */
export function useTimeBank() {
  const query = useCloudQuery('counter', 'timebank.mine')
  const action = useCloudAction()
  const { run } = action
  const { reload } = query
  const [form, setForm] = useState<LeaveForm>(EMPTY_LEAVE_FORM)
  const [requestId, setRequestId] = useState(() => newRequestId())
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  /** Who the request just sent waits for (R24), until the next submit. */
  const [sent, setSent] = useState<LeaveApprover | null>(null)
  const update = useCallback((patch: Partial<LeaveForm>) => setForm((f) => ({ ...f, ...patch })), [])
  const submit = useCallback(async () => {
    setSent(null)
    const input = leaveInput(form)
    if (!input.ok) {
      setFieldErrors(input.errors)
      return false
    }
    setFieldErrors({})
    const result = await run('counter', 'leave.request', { requestId, ...input.value })
    if (!result) return false
    if (!result.ok) {
      setFieldErrors(result.error.fields ?? {})
      return false
    }
    setRequestId(newRequestId())
    setForm(EMPTY_LEAVE_FORM)
    setSent(result.data.leave.approver ?? 'leader')
    reload()
    return true
  }, [form, run, requestId, reload])
  const decide = useCallback(
    async (leaveId: string, decision: 'approve' | 'reject', note = '') => {
      const result = await run('counter', 'leave.decide', { leaveId, decision, note })
      if (result) reload()
      return result?.ok ?? false
    },
    [run, reload],
  )
  return { ...query, form, update, submit, sent, fieldErrors, decide, busy: action.busy, writeError: action.error }
}
