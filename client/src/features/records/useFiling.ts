import { useCallback, useMemo, useState } from 'react'
import type { Page } from '@shared/api'
import type { UnfiledEntry } from '@shared/appointments'
import { MAX_FILING_BATCH } from '@shared/appointments'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'
import { useCloudPages } from '../cloud/useCloudPages'
import { filingOutcome } from './filingOutcome'

/**
 * The section's filing (归档, R19): the served records not yet filed, page by
 * page; the ones chosen (at most `MAX_FILING_BATCH`); the box they go in; and
 * filing them at once. The answer says the archive numbers given and any
 * record refused with its reason; the list reloads.
 */
export function useFiling() {
  const list = useCloudPages<UnfiledEntry, Page<UnfiledEntry> & { filingDueDays: number }>('section', 'records.unfiled', { limit: 50 })
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
  const [box, setBox] = useState('')
  const [outcome, setOutcome] = useState<string>()
  const [requestId, setRequestId] = useState(() => newRequestId())
  const action = useCloudAction()
  const entries = useMemo(() => list.data?.items ?? [], [list.data])

  const toggle = useCallback((id: string) => {
    setOutcome(undefined)
    setChosen((s) => {
      const next = new Set(s)
      if (next.has(id)) next.delete(id)
      else if (next.size < MAX_FILING_BATCH) next.add(id)
      return next
    })
  }, [])

  const chooseAll = useCallback(() => setChosen(new Set(entries.slice(0, MAX_FILING_BATCH).map((e) => e.appointment.id))), [entries])

  const file = useCallback(async () => {
    const records = entries.filter((e) => chosen.has(e.appointment.id)).map((e) => ({ appointmentId: e.appointment.id, version: e.appointment.version }))
    const result = await action.run('section', 'records.file', { requestId, records, ...(box.trim() ? { box: box.trim() } : {}) })
    if (!result?.ok) return
    setOutcome(filingOutcome(result.data))
    setChosen(new Set())
    setRequestId(newRequestId())
    list.reload()
  }, [action, box, chosen, entries, list, requestId])

  return { list, entries, chosen, toggle, chooseAll, box, setBox, file, outcome, busy: action.busy, error: action.error }
}
