import { useCallback, useEffect, useState } from 'react'
import type { ApiError } from '@shared/api'
import type { Item } from '@shared/items'
import { callCloud } from '../../api/cloud'

/**
 * The items the book page was opened with (the item page's one item, or a
 * cancelled appointment's items for 重新预约), each read with `items.get`. An
 * item no longer listed (`NOT_FOUND`) is left out and counted; any other
 * failure is the page's error, with `reload`.
 */
export function usePresetItems(ids: readonly string[]) {
  const key = ids.join(',')
  const [state, setState] = useState<{ items?: Item[]; missing: number; error?: ApiError }>({ missing: 0 })
  const [round, setRound] = useState(0)
  useEffect(() => {
    if (!key) return
    let live = true
    setState({ missing: 0 })
    void Promise.all(key.split(',').map((id) => callCloud('catalog', 'items.get', { id }))).then((results) => {
      if (!live) return
      const error = results.flatMap((r) => (!r.ok && r.error.code !== 'NOT_FOUND' ? [r.error] : []))[0]
      const items = results.flatMap((r) => (r.ok ? [r.data.item] : []))
      setState({ items, missing: results.length - items.length, error })
    })
    return () => {
      live = false
    }
  }, [key, round])
  const reload = useCallback(() => setRound((r) => r + 1), [])
  return { ...state, loading: Boolean(key) && !state.items && !state.error, reload }
}
