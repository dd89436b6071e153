import { useState } from 'react'
import type { Answer } from '../../api/cloud'
import { useCloudPages } from '../cloud/useCloudPages'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { itemRows } from './itemRows'

/**
 * Every item, archived ones included, searched on the server by every word
 * of `q` in name, materials and notes. The query is sent when the admin
 * confirms it (`search`), not on each keystroke. The list is read a page at
 * a time; a new search starts again from its first page.
 */
export function useAdminItems() {
  const [text, setText] = useState('')
  const [q, setQ] = useState('')
  const items = useCloudPages<Answer<'catalog', 'items.list'>['items'][number]>('catalog', 'items.list', q ? { includeArchived: true, q } : { includeArchived: true })
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
    total: items.data?.total,
    more: items.more,
    loadMore: items.loadMore,
    reload: () => {
      items.reload()
      departments.reload()
    },
  }
}
