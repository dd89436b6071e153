import { useCallback, useState } from 'react'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'
import type { InboxEntry } from '@shared/appointments'

/**
 * The section's decision on a proposed change (R16): 批准 or 驳回 with a
 * note. The server refuses an approval less than 12 hours before the agreed
 * time (`CHANGE_TOO_LATE`); its message is shown as it is.
 */
export function useChangeDecision(entry: InboxEntry, onDone: () => void) {
  const [note, setNote] = useState('')
  const [requestId] = useState(() => newRequestId())
  const action = useCloudAction()

  const decide = useCallback(
    async (approve: boolean) => {
      const { id, version } = entry.appointment
      const trimmed = note.trim()
      const result = await action.run('section', 'changes.decide', {
        appointmentId: id,
        version,
        requestId,
        approve,
        ...(trimmed ? { note: trimmed } : {}),
      })
      if (result?.ok) onDone()
    },
    [entry.appointment, note, requestId, action, onDone],
  )

  return { note, setNote, busy: action.busy, refusal: action.error, decide }
}
