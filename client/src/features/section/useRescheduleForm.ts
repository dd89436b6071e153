import { useCallback, useState } from 'react'
import type { FieldErrors } from '@shared/api'
import type { AppointmentView } from '@shared/appointments'
import type { CivilDate } from '@shared/time'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'

/**
 * The section's reschedule after force majeure (R17): a new date and/or time
 * (pickers), another staff member of the lead window or another window of
 * the department (one or the other), the reason, and `submit`. One request
 * id per form, so a double tap reschedules once; the version read with the
 * record makes a concurrent step a `CONFLICT`. `submit` answers where it
 * went (`staff`: the lead window keeps it; `window`: another window), or
 * null when refused.
 */
export function useRescheduleForm(appointment: AppointmentView) {
  const [newDate, setNewDate] = useState<CivilDate | ''>('')
  const [newTime, setNewTime] = useState('')
  const [staffId, setStaff] = useState<string>()
  const [leadWindowId, setWindow] = useState<string>()
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [requestId, setRequestId] = useState(() => newRequestId())
  const action = useCloudAction()

  const setStaffId = useCallback((id: string) => {
    setStaff((current) => (current === id ? undefined : id))
    setWindow(undefined)
  }, [])
  const setLeadWindowId = useCallback((id: string) => {
    setWindow((current) => (current === id ? undefined : id))
    setStaff(undefined)
  }, [])

  const submit = useCallback(async (): Promise<'staff' | 'window' | null> => {
    const missing: FieldErrors = {}
    if (!newDate && !newTime && !staffId && !leadWindowId) missing.newTime = '请选择新的时间、经办人员或窗口'
    if (!reason.trim()) missing.reason = '请填写改期说明'
    setErrors(missing)
    if (Object.keys(missing).length > 0) return null
    const result = await action.run('section', 'appointments.reschedule', {
      appointmentId: appointment.id,
      version: appointment.version,
      requestId,
      reason: reason.trim(),
      ...(newDate ? { newDate } : {}),
      ...(newTime ? { newTime } : {}),
      ...(staffId ? { staffId } : {}),
      ...(leadWindowId ? { leadWindowId } : {}),
    })
    if (!result) return null
    if (!result.ok) {
      if (result.error.fields) setErrors(result.error.fields)
      return null
    }
    setRequestId(newRequestId())
    return leadWindowId ? 'window' : 'staff'
  }, [appointment.id, appointment.version, newDate, newTime, staffId, leadWindowId, reason, requestId, action])

  return { newDate, setNewDate, newTime, setNewTime, staffId, setStaffId, leadWindowId, setLeadWindowId, reason, setReason, errors, busy: action.busy, refusal: action.error, submit }
}
