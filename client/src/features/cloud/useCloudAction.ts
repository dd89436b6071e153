import { useCallback, useRef, useState } from 'react'
import type { ApiError, ApiResult } from '@shared/api'
import type { ActionName, FunctionName } from '@shared/contract'
import { callCloud, type Answer, type InputArg } from '../../api/cloud'

/**
 * Runs one write at a time. While it runs `busy` is true (the button shows
 * it), and a second call — a double tap — is refused before it reaches the
 * server. A failure is kept in `error` to show as the server said it.
 */
export function useCloudAction() {
  const running = useRef(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError>()

  const run = useCallback(
    async <F extends FunctionName, A extends ActionName<F>>(name: F, action: A, ...input: InputArg<F, A>): Promise<ApiResult<Answer<F, A>> | undefined> => {
      if (running.current) return undefined
      running.current = true
      setBusy(true)
      setError(undefined)
      const result = await callCloud(name, action, ...input)
      running.current = false
      setBusy(false)
      if (!result.ok) setError(result.error)
      return result
    },
    [],
  )

  return { busy, error, setError, run }
}
