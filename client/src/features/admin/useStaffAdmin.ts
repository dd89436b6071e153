import { useState } from 'react'
import type { Answer } from '../../api/cloud'
import { MAX_PAGE_SIZE, type FieldErrors } from '@shared/api'
import { useCloudPages } from '../cloud/useCloudPages'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { staffRequest, windowOptions, type StaffDraft } from './staffDrafts'
import { useCloudAction } from '../cloud/useCloudAction'

/** An invite code just made, to show and copy. */
export interface Invite {
  staffId: string
  code: string
  expiresAt: number
}

/**
 * Staff records: add or edit one (roles, window), make a single-use invite
 * code that binds a WeChat user to it, or revoke it (the caller confirms
 * first). The list shows whether each record is bound, never the OPENID,
 * and is read a page at a time.
 */
export function useStaffAdmin() {
  const staff = useCloudPages<Answer<'admin', 'staff.list'>['items'][number]>('admin', 'staff.list', { limit: MAX_PAGE_SIZE })
  const departments = useCloudQuery('catalog', 'departments.list')
  const [draft, setDraft] = useState<StaffDraft>()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [invite, setInvite] = useState<Invite>()
  const write = useCloudAction()

  const open = (next: StaffDraft | undefined) => {
    setDraft(next)
    setErrors({})
    write.setError(undefined)
  }

  const change = (patch: Partial<StaffDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d))
    setErrors({})
  }

  const save = async (): Promise<boolean> => {
    if (!draft) return false
    const input = staffRequest(draft)
    if (!input.ok) {
      setErrors(input.errors)
      return false
    }
    const result = await write.run('admin', 'staff.upsert', input.value)
    if (!result) return false
    if (!result.ok) {
      setErrors(result.error.fields ?? {})
      return false
    }
    open(undefined)
    staff.reload()
    return true
  }

  const makeInvite = async (staffId: string) => {
    setInvite(undefined)
    const result = await write.run('admin', 'staff.invite', { staffId })
    if (result?.ok) setInvite(result.data)
  }

  const revoke = async (staffId: string) => {
    const result = await write.run('admin', 'staff.revoke', { staffId })
    if (!result?.ok) return
    if (invite?.staffId === staffId) setInvite(undefined)
    staff.reload()
  }

  const windows = windowOptions(departments.data?.departments ?? [])
  return {
    staff: staff.data?.items ?? [],
    total: staff.data?.total,
    more: staff.more,
    loadMore: staff.loadMore,
    loading: staff.loading,
    loadError: staff.error ?? departments.error,
    reload: () => {
      staff.reload()
      departments.reload()
    },
    windows,
    windowLabel: (id?: string) => windows.find((w) => w.id === id)?.label,
    draft,
    open,
    change,
    cancel: () => open(undefined),
    errors,
    save,
    invite,
    makeInvite,
    closeInvite: () => setInvite(undefined),
    revoke,
    busy: write.busy,
    error: write.error,
  }
}
