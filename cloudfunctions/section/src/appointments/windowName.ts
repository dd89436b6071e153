import type { ServiceWindow } from '@shared/org'

/** A window as the section reads it: `1号窗口（市场主体登记）`, as the app names windows elsewhere. */
export function windowName(window: Pick<ServiceWindow, 'number' | 'name'>): string {
  return window.number ? `${window.number}号窗口（${window.name}）` : window.name
}
