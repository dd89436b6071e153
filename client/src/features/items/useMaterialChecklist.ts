import { useCallback, useState } from 'react'

/**
 * Which materials the citizen has ticked off while getting ready. Kept for
 * the visit to the page only: it is a reminder, not a record.
 */
export function useMaterialChecklist(count: number) {
  const [ticked, setTicked] = useState<ReadonlySet<number>>(() => new Set())
  const toggle = useCallback((index: number) => {
    setTicked((current) => {
      const next = new Set(current)
      if (next.has(index)) next.delete(index)
      else next.add(index)
      return next
    })
  }, [])
  const done = [...ticked].filter((i) => i < count).length
  return { isTicked: (index: number) => ticked.has(index), toggle, done, total: count }
}
