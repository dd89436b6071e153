import { useCallback, useState } from 'react'
import type { ApiResult } from '@shared/api'
import type { DocumentAnswer } from '@shared/documents'
import { useCloudAction } from '../cloud/useCloudAction'
import { openDocumentFile } from './openDocumentFile'

/**
 * Asks a function for a document and opens it (R19): `busy` while the file is written and
 * downloaded, the server's refusal in `action.error`, a failure to open in `openError`, and
 * the last document in `doc` (its name and, for the register, its rows).
 */
export function useOpenDocument(request: (run: ReturnType<typeof useCloudAction>['run']) => Promise<ApiResult<DocumentAnswer> | undefined>) {
  const action = useCloudAction()
  const [doc, setDoc] = useState<DocumentAnswer>()
  const [opening, setOpening] = useState(false)
  const [openError, setOpenError] = useState<string>()

  const open = useCallback(async () => {
    setOpenError(undefined)
    const result = await request(action.run)
    if (!result?.ok) return
    setDoc(result.data)
    setOpening(true)
    setOpenError(await openDocumentFile(result.data))
    setOpening(false)
  }, [action.run, request])

  return { open, busy: action.busy || opening, error: action.error, openError, doc }
}
