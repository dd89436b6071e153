import { useCloudQuery } from '../cloud/useCloudQuery'
import type { ItemDetailData } from './itemTypes'

/** One item with its materials and windows (`catalog` `items.get`). */
export function useItem(id: string) {
  return useCloudQuery<ItemDetailData>('catalog', 'items.get', { id })
}
