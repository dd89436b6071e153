import { useEffect, useState } from 'react'
import { callCloud, type Answer } from '../../api/cloud'

/**
 * The items of an appointment with their materials and windows
 * (`items.get` each), so the applicant reads in one place what to bring
 * (一次性告知, R11). An item that fails to load is left out; the rest show.
 */
export function useItemsOf(itemIds: readonly string[] | undefined): Answer<'catalog', 'items.get'>[] {
  const [items, setItems] = useState<Answer<'catalog', 'items.get'>[]>([])
  const key = itemIds?.join(',') ?? ''
  useEffect(() => {
    if (!key) return
    let live = true
    void Promise.all(key.split(',').map((id) => callCloud('catalog', 'items.get', { id }))).then((results) => {
      if (live) setItems(results.flatMap((r) => (r.ok ? [r.data] : [])))
    })
    return () => {
      live = false
    }
  }, [key])
  return items
}
