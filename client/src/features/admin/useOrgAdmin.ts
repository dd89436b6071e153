import { useState } from 'react'
import type { FieldErrors } from '@shared/api'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { orgDraftRequest, type OrgDraft, type OrgDraftPatch } from './orgDrafts'
import type { DepartmentWithWindows } from './types'
import { useCloudAction } from './useCloudAction'

/**
 * Departments and their windows: one draft at a time (a department to add
 * or rename, a window to add or edit), checked locally, then by the server,
 * whose field messages show the same way (a window number already used:
 * `CONFLICT` on `number`).
 */
export function useOrgAdmin() {
  const departments = useCloudQuery<{ departments: DepartmentWithWindows[] }>('catalog', 'departments.list')
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
    const { action, input } = orgDraftRequest(draft)
    if (!input.ok) {
      setErrors(input.errors)
      return false
    }
    const result = await write.run('admin', action, input.value)
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
