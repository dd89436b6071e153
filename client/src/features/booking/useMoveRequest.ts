import { useCallback, useState } from 'react'
import type { FieldErrors } from '@shared/api'
import { TRANSITIONS, type AppointmentView } from '@shared/appointments'
import type { CivilDate } from '@shared/time'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'

/** Whether the table lets the applicant ask to move their appointment in this state (R16: confirmed). */
export function canAskToMove(status: AppointmentView['status']): boolean {
  return TRANSITIONS.some((row) => row.event === 'proposeChange' && (row.roles as readonly string[]).includes('applicant') && (row.from as readonly string[]).includes(status))
}

/**
 * The applicant's request to move their own appointment (申请改期, R16): a
 * new date and/or time chosen with pickers, the reason, and `submit`; the
 * section decides it. The 12 hours and the holiday hours are the server's to
 * check; its refusal is shown as it is (请致电…). One request id per form.
 */
export function useMoveRequest(appointment: AppointmentView, onDone: () => void) {
  const [open, setOpen] = useState(false)
  const [newDate, setNewDate] = useState<CivilDate | ''>('')
  const [newTime, setNewTime] = useState('')
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [requestId, setRequestId] = useState(() => newRequestId())
  const action = useCloudAction()

  const submit = useCallback(async () => {
    const missing: FieldErrors = {}
    if (!newDate && !newTime) missing.newTime = '请选择新的日期或时间'
    if (!reason.trim()) missing.reason = '请填写改期原因'
    setErrors(missing)
    if (Object.keys(missing).length > 0) return
    const result = await action.run('booking', 'appointments.proposeChange', {
      appointmentId: appointment.id,
      version: appointment.version,
      requestId,
      reason: reason.trim(),
      ...(newDate ? { newDate } : {}),
      ...(newTime ? { newTime } : {}),
    })
    if (!result) return
    if (!result.ok) {
      if (result.error.fields) setErrors(result.error.fields)
      if (result.error.code === 'CONFLICT') onDone()
      return
    }
    setRequestId(newRequestId())
    setOpen(false)
    onDone()
  }, [appointment.id, appointment.version, newDate, newTime, reason, requestId, action, onDone])

  return { open, setOpen, newDate, setNewDate, newTime, setNewTime, reason, setReason, errors, busy: action.busy, refusal: action.error, submit }
}
