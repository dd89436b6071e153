import { useCallback, useState } from 'react'
import { complaintRegisterSchema } from '@shared/feedback'
import { newRequestId } from '../admin/newRequestId'
import { validateFields } from '../admin/validateFields'
import { useCloudAction } from '../cloud/useCloudAction'

/** A complaint taken by phone or from 12345, as the section types it. */
export interface RegisterDraft {
  channel: '' | 'phone' | '12345'
  callerName: string
  callerPhone: string
  windowId: string
  text: string
}

const EMPTY: RegisterDraft = { channel: '', callerName: '', callerPhone: '', windowId: '', text: '' }

/**
 * 登记电话/12345投诉 (R20): checked with the server's schema, sent once per
 * form (one request id until it is saved), then the list reloads and the
 * complaint is handled like any other.
 */
export function useRegisterComplaint(onSaved: () => void) {
  const [draft, setDraft] = useState<RegisterDraft>(EMPTY)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [requestId, setRequestId] = useState(() => newRequestId())
  const [saved, setSaved] = useState(false)
  const cloud = useCloudAction()
  const update = useCallback((patch: Partial<RegisterDraft>) => {
    setSaved(false)
    setDraft((d) => ({ ...d, ...patch }))
  }, [])
  const submit = useCallback(async () => {
    const { windowId, ...rest } = draft
    const checked = validateFields(complaintRegisterSchema, { requestId, ...rest, ...(windowId ? { windowId } : {}) })
    if (!checked.ok) return setErrors(checked.errors)
    setErrors({})
    const result = await cloud.run('section', 'complaints.register', checked.value)
    if (!result) return
    if (!result.ok) return setErrors(result.error.fields ?? {})
    setDraft(EMPTY)
    setRequestId(newRequestId())
    setSaved(true)
    onSaved()
  }, [draft, requestId, cloud, onSaved])
  return { draft, update, submit, errors, saved, busy: cloud.busy, refusal: cloud.error }
}
