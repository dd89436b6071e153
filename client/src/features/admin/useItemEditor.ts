import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ApiError, FieldErrors } from '@shared/api'
import type { Item } from '@shared/items'
import { callCloud } from '../../api/cloud'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { emptyItemForm, itemFormFromItem, serverItemErrors, validateItemForm, type ItemForm } from './itemForm'
import { newRequestId } from './newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'

interface Saved {
  id: string
  version: number
  active: boolean
  example: boolean
}

const savedOf = (item: Item): Saved => ({ id: item.id, version: item.version, active: item.active, example: Boolean(item.example) })

/**
 * The item editor (R1): a new item when `id` is absent, else the saved one.
 *
 * A new form gets one request id for its whole life, so a double tap or a
 * retry after a lost answer creates one item. An edit sends the version it
 * was loaded at; if someone saved in between the server answers `CONFLICT`
 * and the editor offers `reload` — it never overwrites silently.
 */
export function useItemEditor(id?: string) {
  const departments = useCloudQuery('catalog', 'departments.list')
  const [requestId] = useState(newRequestId)
  const [saved, setSaved] = useState<Saved>()
  const [form, setForm] = useState<ItemForm>(emptyItemForm)
  const [loading, setLoading] = useState(Boolean(id))
  const [loadError, setLoadError] = useState<ApiError>()
  const [attempted, setAttempted] = useState(false)
  const [serverErrors, setServerErrors] = useState<FieldErrors>({})
  const write = useCloudAction()
  const { setError } = write

  const load = useCallback(async () => {
    if (!id) return
    setLoading(true)
    const result = await callCloud('catalog', 'items.get', { id })
    setLoading(false)
    if (!result.ok) {
      setLoadError(result.error)
      return
    }
    setLoadError(undefined)
    setError(undefined)
    setServerErrors({})
    setAttempted(false)
    setSaved(savedOf(result.data.item))
    setForm(itemFormFromItem(result.data.item))
  }, [id, setError])

  useEffect(() => {
    void load()
  }, [load])

  const localErrors = useMemo(() => {
    const result = validateItemForm(form)
    return result.ok ? {} : result.errors
  }, [form])

  /** Applies an edit; the server's field messages are about the old values, so they go. */
  const change = useCallback((edit: (form: ItemForm) => ItemForm) => {
    setForm(edit)
    setServerErrors({})
  }, [])

  const applySaved = (item: Item) => {
    setSaved(savedOf(item))
    setForm(itemFormFromItem(item))
    setAttempted(false)
  }

  /** Creates or updates; answers the saved item, or nothing when it did not save. */
  const save = async (): Promise<Item | undefined> => {
    if (write.busy || (id && !saved)) return undefined // an edit waits for its item to load
    setAttempted(true)
    setServerErrors({})
    const checked = validateItemForm(form)
    if (!checked.ok) return undefined
    const result = saved
      ? await write.run('admin', 'items.update', { id: saved.id, version: saved.version, item: checked.value })
      : await write.run('admin', 'items.create', { requestId, item: checked.value })
    if (!result) return undefined
    if (!result.ok) {
      setServerErrors(serverItemErrors(result.error.fields))
      return undefined
    }
    applySaved(result.data.item)
    return result.data.item
  }

  /** Takes the item off the list; the caller asks the admin first. */
  const archive = async (): Promise<boolean> => {
    if (!saved) return false
    const result = await write.run('admin', 'items.archive', { id: saved.id, version: saved.version })
    if (!result?.ok) return false
    setSaved(savedOf(result.data.item))
    return true
  }

  return {
    isNew: !saved,
    saved,
    departments: departments.data?.departments ?? [],
    departmentsError: departments.error,
    reloadDepartments: departments.reload,
    loading,
    loadError,
    form,
    change,
    errors: { ...(attempted ? localErrors : {}), ...serverErrors },
    saving: write.busy,
    error: write.error,
    conflict: write.error?.code === 'CONFLICT',
    save,
    archive,
    reload: load,
  }
}
