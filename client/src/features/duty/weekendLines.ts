import type { TimeSpan } from '@shared/calendar'
import { halfDaySpan, type WeekendWindow } from '@shared/duty'

/** How many item names a window's line shows before "等N项", so the home page stays short. */
export const ITEMS_SHOWN = 4

/** `08:30` → `8:30`, as the center's notices write it. */
const clock = (time: string) => time.replace(/^0(\d)/, '$1')

/**
 * What a citizen reads of one window on duty on a walk-in day (R2, R21):
 * where, when — said only when just one half-day is staffed — and what can
 * be handled there, the first few items named and the rest counted.
 * @example windowLine({ number: '5', name: '就业创业', location: '一楼西区', halves: ['am'], items }, hours, false)
 * // { place: '5号窗口 就业创业（一楼西区）', when: '仅上午 8:30-12:00', items: '就业创业证申领、社会保障卡申领与补换' }
 */
export function windowLine(window: WeekendWindow, walkInHours: readonly TimeSpan[], all: boolean): { place: string; when: string; items: string } {
  const place = `${window.number}号窗口 ${window.name}${window.location ? `（${window.location}）` : ''}`
  let when = ''
  if (window.halves.length === 1) {
    const half = window.halves[0]
    const span = halfDaySpan(half, walkInHours)
    when = `仅${half === 'am' ? '上午' : '下午'}${span ? ` ${clock(span.start)}-${clock(span.end)}` : ''}`
  }
  const names = window.items.map((i) => i.name)
  const shown = all ? names : names.slice(0, ITEMS_SHOWN)
  const items = shown.join('、') + (shown.length < names.length ? ` 等${names.length}项` : '')
  return { place, when, items }
}
