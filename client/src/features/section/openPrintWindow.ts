/** The part of `window` the print window needs, handed in so that it can be tested. */
export interface Opener {
  open(url?: string, target?: string): Pick<Window, 'document' | 'print' | 'focus'> | null
}

/**
 * Opens the registration form (R8) in a new browser window for printing
 * (H5 only: the mini-program has no printer). The form is a whole A4
 * document with its own styles, so it gets its own window instead of being
 * squeezed into the page. Answers the window, or `null` when a popup blocker
 * refused it.
 */
export function openPrintWindow(html: string, opener: Opener): Pick<Window, 'document' | 'print' | 'focus'> | null {
  const popup = opener.open('', '_blank')
  if (!popup) return null
  popup.document.open()
  popup.document.write(html)
  popup.document.close()
  popup.focus()
  return popup
}
