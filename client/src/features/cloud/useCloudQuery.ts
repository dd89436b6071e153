import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiError } from '@shared/api'
import { callCloud, type FunctionName } from '../../api/cloud'

export interface CloudQuery<T> {
  loading: boolean
  data?: T
  error?: ApiError
  reload: () => void
}

/**
 * Reads one action when the component mounts and on `reload`. The server's
 * answer is shown as it is: a stale screen never decides anything.
 */
export function useCloudQuery<T>(name: FunctionName, action: string, input: unknown = {}): CloudQuery<T> {
  const [state, setState] = useState<{ loading: boolean; data?: T; error?: ApiError }>({ loading: true })
  const inputKey = JSON.stringify(input)
  const generation = useRef(0)

  const load = useCallback(() => {
    const mine = ++generation.current
    setState((s) => ({ ...s, loading: true }))
    void callCloud<T>(name, action, JSON.parse(inputKey)).then((result) => {
      if (mine !== generation.current) return // a newer request superseded this one
      setState(result.ok ? { loading: false, data: result.data } : { loading: false, error: result.error })
    })
  }, [name, action, inputKey])

  useEffect(load, [load])
  return { ...state, reload: load }
}
