import { MAX_PAGE_SIZE } from '@shared/api'
import { useMemo } from 'react'
import { useCloudQuery } from '../cloud/useCloudQuery'
import type { DepartmentListData, ItemListData } from '../items/itemTypes'
import { inboxGroups } from './inboxGroups'
import type { InboxAnswer } from './types'

/**
 * The section's inbox (R9, R16, R17): what waits for it, grouped, with the
 * departments and items the dispatch form needs to offer windows.
 */
export function useInbox() {
  const inbox = useCloudQuery<InboxAnswer>('section', 'inbox.list', {})
  const departments = useCloudQuery<DepartmentListData>('catalog', 'departments.list', {})
  const items = useCloudQuery<ItemListData>('catalog', 'items.list', { limit: MAX_PAGE_SIZE })
  const groups = useMemo(() => inboxGroups(inbox.data?.items ?? []), [inbox.data])
  return {
    inbox,
    groups,
    departments: departments.data?.departments ?? [],
    items: items.data?.items ?? [],
  }
}
