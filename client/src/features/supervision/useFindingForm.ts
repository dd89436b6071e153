import { useCallback, useState } from 'react'
import type { FieldErrors } from '@shared/api'
import { findingRecordInputSchema, type FindingKind } from '@shared/supervision'
import type { CivilDate } from '@shared/time'
import { newRequestId } from '../admin/newRequestId'
import { validateFields } from '../admin/validateFields'
import { useCloudAction } from '../cloud/useCloudAction'

/** The finding as the section fills it in. */
export interface FindingDraft {
  kind: FindingKind
  channel: '' | '12345' | 'phone'
  windowId: string
  date: CivilDate
  evidence: string
}

/**
 * 记录督查事项 (R23): the section's finding — kind, window, day, evidence,
 * and a complaint's channel — checked with the server's schema before
 * sending, once per form (one request id until it is saved), then the
 * report is read again so the finding shows in its figures.
 */
export function useFindingForm(today: CivilDate, onSaved: () => void) {
  const empty = useCallback((): FindingDraft => ({ kind: 'inspection', channel: '', windowId: '', date: today, evidence: '' }), [today])
  const [draft, setDraft] = useState<FindingDraft>(empty)
  const [requestId, setRequestId] = useState(() => newRequestId())
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saved, setSaved] = useState(false)
  const action = useCloudAction()
  const { run } = action
  const update = useCallback((patch: Partial<FindingDraft>) => {
    setSaved(false)
    setDraft((d) => ({ ...d, ...patch }))
  }, [])
  const submit = useCallback(async () => {
    const input = { requestId, kind: draft.kind, windowId: draft.windowId, date: draft.date, evidence: draft.evidence.trim(), ...(draft.kind === 'complaint' && draft.channel ? { channel: draft.channel } : {}) }
    const checked = validateFields(findingRecordInputSchema, input)
    if (!checked.ok) return setErrors({ ...checked.errors, ...(draft.windowId ? {} : { windowId: '请选择窗口' }) })
    setErrors({})
    const result = await run('supervision', 'supervision.recordFinding', checked.value)
    if (!result) return
    if (!result.ok) return setErrors(result.error.fields ?? {})
    setSaved(true)
    setDraft(empty())
    setRequestId(newRequestId())
    onSaved()
  }, [draft, requestId, run, empty, onSaved])
  return { draft, update, submit, errors, saved, busy: action.busy, error: action.error }
}
