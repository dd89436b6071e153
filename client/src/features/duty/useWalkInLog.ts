import { useCallback, useState } from 'react'
import { MAX_WALK_IN_COUNT } from '@shared/duty'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'
import { useCloudQuery } from '../cloud/useCloudQuery'

/** Keeps a count within what one entry may hold (1 to `MAX_WALK_IN_COUNT`). */
export function stepCount(count: number, by: number): number {
  return Math.min(MAX_WALK_IN_COUNT, Math.max(1, count + by))
}

/**
 * 周末办件登记 (R2, R21): today's shifts, the walk-in items of the window I am
 * on duty for and what I logged, from `counter` `walkIn.today`; logging one
 * entry in a few taps — an item, a count, 帮办代办 or not. One request id
 * per entry, renewed after it is saved, so a double tap or a retry logs once.
 */
export function useWalkInLog() {
  const query = useCloudQuery('counter', 'walkIn.today')
  const action = useCloudAction()
  const { run } = action
  const { reload } = query
  const [itemId, setItemId] = useState('')
  const [count, setCount] = useState(1)
  const [assisted, setAssisted] = useState(false)
  const [requestId, setRequestId] = useState(newRequestId)
  const [saved, setSaved] = useState('')
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const log = useCallback(
    async (shiftId: string) => {
      setSaved('')
      setFieldErrors({})
      if (!itemId) {
        setFieldErrors({ itemId: '请选择办理事项' })
        return false
      }
      const result = await run('counter', 'walkIn.log', { requestId, shiftId, itemId, count, assisted })
      if (!result) return false
      if (!result.ok) {
        setFieldErrors(result.error.fields ?? {})
        return false
      }
      const s = result.data.service
      setSaved(`已登记：${s.itemName} ${s.count} 件${s.assisted ? '（帮办代办）' : ''}`)
      setRequestId(newRequestId())
      setCount(1)
      setAssisted(false)
      reload()
      return true
    },
    [run, reload, requestId, itemId, count, assisted],
  )
  const services = query.data?.services ?? []
  return {
    ...query,
    itemId,
    choose: (id: string) => {
      setItemId(id)
      setSaved('')
      setFieldErrors({})
    },
    count,
    step: (by: number) => setCount((c) => stepCount(c, by)),
    assisted,
    toggleAssisted: () => setAssisted((a) => !a),
    log,
    saved,
    fieldErrors,
    busy: action.busy,
    writeError: action.error,
    total: services.reduce((n, s) => n + s.count, 0),
  }
}
