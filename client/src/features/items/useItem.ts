import { useCloudQuery } from '../cloud/useCloudQuery'

/** One item with its materials and windows (`catalog` `items.get`). */
export function useItem(id: string) {
  return useCloudQuery('catalog', 'items.get', { id })
}
