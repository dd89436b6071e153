import { useCallback, useState } from 'react'
import { reviewSubmitSchema, type ReviewLevel } from '@shared/feedback'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'
import { validateFields } from '../admin/validateFields'

/**
 * The applicant's review of a completed appointment (R20): a level and an
 * optional comment, checked with the server's schema before sending; one
 * `requestId` per form, so a double tap or a retry files one review.
 */
export function useReviewForm(appointmentId: string, onSaved: () => void) {
  const [level, setLevel] = useState<ReviewLevel>()
  const [comment, setComment] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [requestId] = useState(() => newRequestId())
  const action = useCloudAction()

  const submit = useCallback(async () => {
    const checked = validateFields(reviewSubmitSchema, { appointmentId, requestId, level, ...(comment.trim() ? { comment } : {}) })
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    const result = await action.run('booking', 'reviews.submit', checked.value)
    if (result?.ok || result?.error.code === 'CONFLICT') onSaved()
  }, [appointmentId, requestId, level, comment, action, onSaved])

  return { level, setLevel, comment, setComment, errors, busy: action.busy, refusal: action.error, submit }
}
