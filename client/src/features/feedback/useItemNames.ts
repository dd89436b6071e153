import { MAX_PAGE_SIZE } from '@shared/api'
import { useMemo } from 'react'
import { useCloudQuery } from '../cloud/useCloudQuery'

/** Item names by id from the published list, for naming appointments in lists. */
export function useItemNames(): ReadonlyMap<string, string> {
  const list = useCloudQuery('catalog', 'items.list', { limit: MAX_PAGE_SIZE })
  return useMemo(() => new Map((list.data?.items ?? []).map((i) => [i.id, i.name])), [list.data])
}
