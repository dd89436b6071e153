import type { TimeSpan } from './settings'

/** `08:30` → `8:30`, as the center's notices write it. */
const clock = (time: string) => time.replace(/^0(\d)/, '$1')

/**
 * Walk-in hours (R2) as the center writes them, each span named by the half
 * of the day it starts in.
 * @example formatHours([{ start: '08:30', end: '12:00' }, { start: '13:30', end: '17:00' }]) // '上午8:30-12:00，下午13:30-17:00'
 */
export function formatHours(hours: readonly TimeSpan[]): string {
  return hours.map(({ start, end }) => `${start < '12:00' ? '上午' : '下午'}${clock(start)}-${clock(end)}`).join('，')
}
