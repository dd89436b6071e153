import { useState } from 'react'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { itemRows } from './itemRows'

/**
 * Every item, archived ones included, searched on the server by every word
 * of `q` in name, materials and notes. The query is sent when the admin
 * confirms it (`search`), not on each keystroke.
 */
export function useAdminItems() {
  const [text, setText] = useState('')
  const [q, setQ] = useState('')
  const items = useCloudQuery('catalog', 'items.list', q ? { includeArchived: true, q } : { includeArchived: true })
  const departments = useCloudQuery('catalog', 'departments.list')
  return {
    text,
    setText,
    search: () => setQ(text.trim()),
    clear: () => {
      setText('')
      setQ('')
    },
    q,
    loading: items.loading,
    error: items.error ?? departments.error,
    rows: itemRows(items.data?.items ?? [], departments.data?.departments ?? []),
    reload: () => {
      items.reload()
      departments.reload()
    },
  }
}
