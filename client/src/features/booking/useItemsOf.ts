import { useEffect, useState } from 'react'
import { callCloud } from '../../api/cloud'
import type { ItemDetailData } from '../items/itemTypes'

/**
 * The items of an appointment with their materials and windows
 * (`items.get` each), so the applicant reads in one place what to bring
 * (一次性告知, R11). An item that fails to load is left out; the rest show.
 */
export function useItemsOf(itemIds: readonly string[] | undefined): ItemDetailData[] {
  const [items, setItems] = useState<ItemDetailData[]>([])
  const key = itemIds?.join(',') ?? ''
  useEffect(() => {
    if (!key) return
    let live = true
    void Promise.all(key.split(',').map((id) => callCloud<ItemDetailData>('catalog', 'items.get', { id }))).then((results) => {
      if (live) setItems(results.flatMap((r) => (r.ok ? [r.data] : [])))
    })
    return () => {
      live = false
    }
  }, [key])
  return items
}
