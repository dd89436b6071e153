import { useEffect, useState } from 'react'

/**
 * `value`, once it has stayed the same for `delayMs`: typing a search word
 * sends one request when the citizen pauses, not one per keystroke.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return settled
}
