import { useCallback, useState } from 'react'
import { complaintSubmitSchema } from '@shared/feedback'
import { requestSubscribe } from '../../api/subscribe'
import { newRequestId } from '../admin/newRequestId'
import { reportGrants } from '../booking/reportGrants'
import { useCloudAction } from '../cloud/useCloudAction'
import { validateFields } from '../admin/validateFields'

/**
 * A citizen's complaint (R20), about one of their appointments or not. One
 * `requestId` per complaint: a double tap or a retry files it once; after it
 * is filed the form empties for the next one. The tap that files it asks the
 * citizen to allow the message with the section's answer (`answerTemplates`,
 * R20), as booking asks for the appointment's messages.
 */
export function useComplaintForm(onFiled: () => void, answerTemplates: readonly string[] = []) {
  const [text, setText] = useState('')
  /** A phone to be called back on (R20), if the citizen leaves one. */
  const [contactPhone, setContactPhone] = useState('')
  const [appointmentId, setAppointmentId] = useState<string>()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [requestId, setRequestId] = useState(() => newRequestId())
  const [filed, setFiled] = useState(false)
  const cloud = useCloudAction()

  const submit = useCallback(async () => {
    const phone = contactPhone.trim()
    const checked = validateFields(complaintSubmitSchema, { requestId, text, ...(appointmentId ? { appointmentId } : {}), ...(phone ? { contactPhone: phone } : {}) })
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    // The first call of the tap: an await before it would lose the tap on a phone (docs/platform.md).
    const asked = requestSubscribe([...answerTemplates])
    setErrors({})
    const answers = await asked
    const result = await cloud.run('booking', 'complaints.submit', checked.value)
    if (!result?.ok) return
    await reportGrants(answers, newRequestId())
    setText('')
    setContactPhone('')
    setAppointmentId(undefined)
    setRequestId(newRequestId())
    setFiled(true)
    onFiled()
  }, [requestId, text, appointmentId, contactPhone, cloud, onFiled, answerTemplates])

  const edit = useCallback((value: string) => {
    setFiled(false)
    setText(value)
  }, [])

  const chooseAppointment = useCallback((id: string | undefined) => setAppointmentId((current) => (current === id ? undefined : id)), [])

  return { text, setText: edit, contactPhone, setContactPhone, appointmentId, chooseAppointment, errors, filed, busy: cloud.busy, refusal: cloud.error, submit }
}
