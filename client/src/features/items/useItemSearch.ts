import { useState } from 'react'
import type { Answer } from '../../api/cloud'
import { useCloudPages } from '../cloud/useCloudPages'
import { useDebouncedValue } from './useDebouncedValue'

/** How long typing must pause before the list is searched again. */
export const SEARCH_DEBOUNCE_MS = 300

/** The server refuses longer search words (`items.list`). */
export const SEARCH_MAX_LENGTH = 40

/**
 * The citizen's search of the item list (清单, R1): the words typed, the
 * department chosen, and the list the server answers for them. The server
 * matches every word in names, materials and notes, and orders the answer:
 * name matches first, then by department and pinyin (R1). The list is read a page
 * at a time; a new search starts again from its first page.
 */
export function useItemSearch() {
  const [query, setQuery] = useState('')
  const [departmentId, setDepartmentId] = useState<string | undefined>(undefined)
  const q = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS)
  const list = useCloudPages<Answer<'catalog', 'items.list'>['items'][number]>('catalog', 'items.list', { q: q || undefined, departmentId })
  // The list on screen answers the debounced words, so its count speaks of them.
  const searching = Boolean(q || departmentId)
  return { query, setQuery, departmentId, setDepartmentId, list, searching, searched: q }
}
