import { useCallback, useRef, useState } from 'react'
import { openPrintWindow } from './openPrintWindow'

/**
 * The H5 print window of the registration form (R8): `open` shows the form
 * in its own window, `print` prints it there (opening it first if needed).
 * A popup blocker's refusal is said plainly.
 */
export function usePrintWindow(html: string | undefined) {
  const popup = useRef<ReturnType<typeof openPrintWindow>>(null)
  const [blocked, setBlocked] = useState(false)

  const open = useCallback(() => {
    if (!html) return null
    popup.current = openPrintWindow(html, window)
    setBlocked(popup.current === null)
    return popup.current
  }, [html])

  const print = useCallback(() => {
    const target = popup.current && !(popup.current as Window).closed ? popup.current : open()
    target?.print()
  }, [open])

  return { open, print, blocked }
}
