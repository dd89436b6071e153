import type { ServiceWindow } from '@shared/org'

/**
 * How a window is named to a visitor: the number over the counter, then what
 * it does.
 *
 * @example windowLabel({ number: 'A12', name: '市场主体登记' }) // 'A12号窗口（市场主体登记）'
 */
export function windowLabel(window: Pick<ServiceWindow, 'number' | 'name'>): string {
  return window.number ? `${window.number}号窗口（${window.name}）` : window.name
}
