import { useCallback, useState } from 'react'
import type { reviewResolveSchema } from '@shared/feedback'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'
import { validateFields } from '../admin/validateFields'

/**
 * The section's note closing a follow-up (`reviews.resolve`, R20; complaints
 * have their own, `useComplaintResolve`), with the version read: a colleague who saved
 * first makes it `CONFLICT`, and the list reloads to show their answer.
 */
export function useResolveForm(
  action: 'reviews.resolve',
  schema: typeof reviewResolveSchema,
  target: Record<string, string | number>,
  onDone: () => void,
) {
  const [note, setNote] = useState('')
  const [error, setError] = useState<string>()
  const [requestId] = useState(() => newRequestId())
  const cloud = useCloudAction()

  const resolve = useCallback(async () => {
    const checked = validateFields(schema, { ...target, requestId, note })
    if (!checked.ok) {
      setError(checked.errors.note ?? Object.values(checked.errors)[0])
      return
    }
    setError(undefined)
    const result = await cloud.run('section', action, checked.value)
    if (result?.ok || result?.error.code === 'CONFLICT') onDone()
  }, [schema, target, requestId, note, cloud, action, onDone])

  return { note, setNote, error, busy: cloud.busy, refusal: cloud.error, resolve }
}
