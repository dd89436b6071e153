import { useCallback, useState } from 'react'
import type { FieldErrors } from '@shared/api'
import type { InboxEntry } from '@shared/appointments'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'

/**
 * Splitting one waiting request into two appointments (R14): the items that
 * move to the second, and `submit`. One request id per form, so a double
 * tap splits once; the version read with the inbox makes a concurrent
 * dispatch or split a `CONFLICT`.
 */
export function useSplitForm(entry: InboxEntry, onDone: () => void) {
  const [open, setOpen] = useState(false)
  const [moving, setMoving] = useState<string[]>([])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [requestId] = useState(() => newRequestId())
  const action = useCloudAction()

  const toggle = useCallback((itemId: string) => {
    setMoving((ids) => (ids.includes(itemId) ? ids.filter((id) => id !== itemId) : [...ids, itemId]))
  }, [])

  const submit = useCallback(async () => {
    if (moving.length === 0) {
      setErrors({ itemIds: '请选择要移到另一次预约的事项' })
      return
    }
    setErrors({})
    const { id, version } = entry.appointment
    const result = await action.run('section', 'appointments.split', { appointmentId: id, version, requestId, itemIds: moving })
    if (!result) return
    if (result.ok) onDone()
    else if (result.error.fields) setErrors(result.error.fields)
  }, [entry.appointment, moving, requestId, action, onDone])

  return { open, setOpen, moving, toggle, errors, busy: action.busy, refusal: action.error, submit }
}
