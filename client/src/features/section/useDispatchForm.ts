import { useCallback, useState } from 'react'
import type { FieldErrors } from '@shared/api'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'
import type { InboxEntry } from '@shared/appointments'

/**
 * One request's dispatch form (派单, R9, R13): the lead window, any
 * assisting windows, and `submit`. One request id per form, so a double tap
 * or a retry dispatches once; the version read with the inbox makes a second
 * section member's dispatch a `CONFLICT`, never a silent overwrite.
 * `onDone` hears which windows it went to, for the success message.
 */
export function useDispatchForm(entry: InboxEntry, onDone: (windows: { leadWindowId: string; assistingWindowIds: string[] }) => void) {
  const [leadWindowId, setLeadWindowId] = useState<string>()
  const [assisting, setAssisting] = useState<string[]>([])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [requestId] = useState(() => newRequestId())
  const action = useCloudAction()

  const toggleAssisting = useCallback((windowId: string) => {
    setAssisting((ids) => (ids.includes(windowId) ? ids.filter((id) => id !== windowId) : [...ids, windowId]))
  }, [])

  const submit = useCallback(async () => {
    if (!leadWindowId) {
      setErrors({ leadWindowId: '请选择主办窗口' })
      return
    }
    setErrors({})
    const { id, version } = entry.appointment
    const result = await action.run('section', 'appointments.dispatch', {
      appointmentId: id,
      version,
      requestId,
      leadWindowId,
      assistingWindowIds: assisting,
    })
    if (!result) return
    if (result.ok) onDone({ leadWindowId, assistingWindowIds: assisting })
    else if (result.error.fields) setErrors(result.error.fields)
  }, [entry.appointment, leadWindowId, assisting, requestId, action, onDone])

  return { leadWindowId, setLeadWindowId, assisting, toggleAssisting, errors, busy: action.busy, refusal: action.error, submit }
}
