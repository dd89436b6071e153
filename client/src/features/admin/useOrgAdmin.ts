import { useState } from 'react'
import type { FieldErrors } from '@shared/api'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { orgDraftRequest, type OrgDraft, type OrgDraftPatch } from './orgDrafts'
import { useCloudAction } from '../cloud/useCloudAction'

/**
 * Departments and their windows: one draft at a time (a department to add
 * or rename, a window to add or edit), checked locally, then by the server,
 * whose field messages show the same way (a window number already used:
 * `CONFLICT` on `number`).
 */
export function useOrgAdmin() {
  const departments = useCloudQuery('catalog', 'departments.list')
  const [draft, setDraft] = useState<OrgDraft>()
  const [errors, setErrors] = useState<FieldErrors>({})
  const write = useCloudAction()

  const open = (next: OrgDraft | undefined) => {
    setDraft(next)
    setErrors({})
    write.setError(undefined)
  }

  const change = (patch: OrgDraftPatch) => {
    setDraft((d) => (d ? ({ ...d, ...patch } as OrgDraft) : d))
    setErrors({})
  }

  const save = async (): Promise<boolean> => {
    if (!draft) return false
    const request = orgDraftRequest(draft)
    if (!request.input.ok) {
      setErrors(request.input.errors)
      return false
    }
    // Checked again only so that each branch knows its own input type.
    const result =
      request.action === 'departments.upsert'
        ? request.input.ok && (await write.run('admin', request.action, request.input.value))
        : request.input.ok && (await write.run('admin', request.action, request.input.value))
    if (!result) return false
    if (!result.ok) {
      setErrors(result.error.fields ?? {})
      return false
    }
    open(undefined)
    departments.reload()
    return true
  }

  return {
    departments: departments.data?.departments ?? [],
    loading: departments.loading,
    loadError: departments.error,
    reload: departments.reload,
    draft,
    open,
    change,
    cancel: () => open(undefined),
    errors,
    saving: write.busy,
    error: write.error,
    save,
  }
}
