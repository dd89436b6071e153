import { useCallback, useState } from 'react'
import { complaintResolveSchema, type ComplaintView } from '@shared/feedback'
import { newRequestId } from '../admin/newRequestId'
import { validateFields } from '../admin/validateFields'
import { useCloudAction } from '../cloud/useCloudAction'

/** Whether the complainant hears the outcome by a call back (phone, 12345: no SMS yet) rather than in the mini-program (R20). */
export const answeredByCall = (complaint: Pick<ComplaintView, 'channel'>) => complaint.channel === 'phone' || complaint.channel === '12345'

/**
 * Closing a complaint (R20): the outcome the complainant reads or is told,
 * whether it was upheld (属实: it then counts against the window, R23), and
 * for a phone or 12345 complaint the section's confirmation that it called
 * back; checked with the server's schema, over the version read (a
 * colleague who saved first makes it `CONFLICT`, and the list reloads).
 */
export function useComplaintResolve(complaint: Pick<ComplaintView, 'id' | 'version' | 'channel'>, onDone: () => void) {
  const [note, setNote] = useState('')
  const [upheld, setUpheld] = useState<boolean>()
  const [calledBack, setCalledBack] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [requestId] = useState(() => newRequestId())
  const cloud = useCloudAction()
  const byCall = answeredByCall(complaint)

  const resolve = useCallback(async () => {
    const input = { complaintId: complaint.id, version: complaint.version, requestId, note, upheld, ...(byCall ? { calledBack } : {}) }
    const checked = validateFields(complaintResolveSchema, input)
    const local: Record<string, string> = checked.ok ? {} : { ...checked.errors }
    if (upheld === undefined) local.upheld = '请选择投诉是否属实'
    if (byCall && !calledBack) local.calledBack = '请先回电告知投诉人处理结果'
    if (!checked.ok || Object.keys(local).length) return setErrors(local)
    setErrors({})
    const result = await cloud.run('section', 'complaints.resolve', checked.value)
    if (result && !result.ok && result.error.fields) setErrors(result.error.fields)
    if (result?.ok || result?.error.code === 'CONFLICT') onDone()
  }, [complaint.id, complaint.version, requestId, note, upheld, calledBack, byCall, cloud, onDone])

  return { note, setNote, upheld, setUpheld, calledBack, setCalledBack, byCall, errors, busy: cloud.busy, refusal: cloud.error, resolve }
}
