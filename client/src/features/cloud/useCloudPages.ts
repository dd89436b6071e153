import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiError, ApiResult, Page } from '@shared/api'
import type { FunctionName } from '@shared/contract'
import { callCloud } from '../../api/cloud'

/** `callCloud` as this hook calls it: any paged action by name (not yet typed by the contract). */
const callPage = callCloud as unknown as <A>(name: FunctionName, action: string, input: object) => Promise<ApiResult<A>>

export interface CloudPages<T, A extends Page<T>> {
  loading: boolean
  /** The last page's answer with `items` holding every page read so far. */
  data?: A
  error?: ApiError
  /** True while the list holds more than has been read (`nextCursor`). */
  more: boolean
  loadMore: () => void
  reload: () => void
}

/**
 * Reads a paged list (docs/api.md, "Paging") from its first page: on mount,
 * on `reload` and when the page comes back into view, as `useCloudQuery`;
 * `loadMore` appends the next page, so every record can be reached.
 */
export function useCloudPages<T, A extends Page<T> = Page<T>>(name: FunctionName, action: string, input: object = {}): CloudPages<T, A> {
  const [state, setState] = useState<{ loading: boolean; data?: A; error?: ApiError }>({ loading: true })
  const inputKey = JSON.stringify(input)
  const generation = useRef(0)

  const read = useCallback(
    (cursor: string | null, before: T[]) => {
      const mine = ++generation.current
      setState((s) => ({ ...s, loading: true }))
      void callPage<A>(name, action, { ...JSON.parse(inputKey), ...(cursor ? { cursor } : {}) }).then((result) => {
        if (mine !== generation.current) return // a newer request superseded this one
        setState((s) => (result.ok ? { loading: false, data: { ...result.data, items: [...before, ...result.data.items] } } : { ...s, loading: false, error: result.error }))
      })
    },
    [name, action, inputKey],
  )
  const reload = useCallback(() => read(null, []), [read])

  useEffect(reload, [reload])
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) reload()
    shown.current = true
  })
  const next = state.data?.nextCursor ?? null
  const loadMore = () => {
    if (next && !state.loading) read(next, state.data?.items ?? [])
  }
  return { ...state, more: next !== null, loadMore, reload }
}
