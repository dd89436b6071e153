import { useCallback, useState } from 'react'
import type { FieldErrors } from '@shared/api'
import type { AppointmentView } from '@shared/appointments'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'

/**
 * The section's re-dispatch of one appointment (改派, R9, R13): the new lead
 * window, whether it may be another department's, the reason, and `submit`.
 * One request id per form, so a double tap re-dispatches once; the version
 * read with the record makes a concurrent step a `CONFLICT`. `done` says
 * where it went, for the success message.
 */
export function useRedispatchForm(appointment: AppointmentView, onDone: () => void) {
  const [leadWindowId, setLeadWindowId] = useState<string>()
  const [otherDepartment, setOtherDepartment] = useState(false)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [requestId, setRequestId] = useState(() => newRequestId())
  const action = useCloudAction()

  const toggleOtherDepartment = useCallback(() => {
    setOtherDepartment((v) => !v)
    setLeadWindowId(undefined)
  }, [])

  const submit = useCallback(async (): Promise<boolean> => {
    const missing: FieldErrors = {}
    if (!leadWindowId) missing.leadWindowId = '请选择新的主办窗口'
    if (!reason.trim()) missing.reason = '请填写改派原因'
    setErrors(missing)
    if (!leadWindowId || Object.keys(missing).length > 0) return false
    const result = await action.run('section', 'appointments.redispatch', {
      appointmentId: appointment.id,
      version: appointment.version,
      requestId,
      leadWindowId,
      otherDepartment,
      reason: reason.trim(),
    })
    if (!result) return false
    if (!result.ok) {
      if (result.error.fields) setErrors(result.error.fields)
      return false
    }
    setRequestId(newRequestId())
    setReason('')
    setLeadWindowId(undefined)
    onDone()
    return true
  }, [appointment.id, appointment.version, leadWindowId, otherDepartment, reason, requestId, action, onDone])

  return { leadWindowId, setLeadWindowId, otherDepartment, toggleOtherDepartment, reason, setReason, errors, busy: action.busy, refusal: action.error, submit }
}
