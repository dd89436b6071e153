import { useCallback, useState } from 'react'
import { visitRecordSchema, type ReviewLevel, type VisitHow } from '@shared/feedback'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'
import { validateFields } from '../admin/validateFields'

/** The section's record of a return visit (回访, R20): how, what was said, the satisfaction heard. */
export function useVisitForm(appointmentId: string, onDone: () => void) {
  const [how, setHow] = useState<VisitHow>('phone')
  const [note, setNote] = useState('')
  const [satisfaction, setSatisfaction] = useState<ReviewLevel>()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [requestId] = useState(() => newRequestId())
  const cloud = useCloudAction()

  const record = useCallback(async () => {
    const checked = validateFields(visitRecordSchema, { appointmentId, requestId, how, note, ...(satisfaction ? { satisfaction } : {}) })
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    const result = await cloud.run('section', 'visits.record', checked.value)
    if (result?.ok || result?.error.code === 'CONFLICT') onDone()
  }, [appointmentId, requestId, how, note, satisfaction, cloud, onDone])

  return { how, setHow, note, setNote, satisfaction, setSatisfaction, errors, busy: cloud.busy, refusal: cloud.error, record }
}
