import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiError } from '@shared/api'
import type { ActionName, FunctionName } from '@shared/contract'
import { callCloud, type Answer, type InputArg } from '../../api/cloud'

export interface CloudQuery<T> {
  loading: boolean
  data?: T
  error?: ApiError
  reload: () => void
}

/**
 * Reads one action when the component mounts, on `reload`, and again each
 * time its page comes back into view (a tab switched back to, the app
 * returning from the background): the server's answer is shown as it is,
 * and a stale screen never decides anything (lessons.md).
 */
export function useCloudQuery<F extends FunctionName, A extends ActionName<F>>(name: F, action: A, ...input: InputArg<F, A>): CloudQuery<Answer<F, A>> {
  const [state, setState] = useState<{ loading: boolean; data?: Answer<F, A>; error?: ApiError }>({ loading: true })
  const inputKey = JSON.stringify(input[0] ?? {})
  const generation = useRef(0)

  const load = useCallback(() => {
    const mine = ++generation.current
    setState((s) => ({ ...s, loading: true }))
    void callCloud(name, action, ...([JSON.parse(inputKey)] as InputArg<F, A>)).then((result) => {
      if (mine !== generation.current) return // a newer request superseded this one
      setState(result.ok ? { loading: false, data: result.data } : { loading: false, error: result.error })
    })
  }, [name, action, inputKey])

  useEffect(load, [load])
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) load()
    shown.current = true
  })
  return { ...state, reload: load }
}
