import type { TimeSpan } from '../calendar'

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
const hhmmOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/**
 * The working minutes between `start` and `end` (`HH:mm`) of one day: the
 * part inside the working hours `spans` (the lunch break is not leave): what a compensatory leave debits from the time bank (R24).
 * @example leaveMinutes('08:30', '17:00', [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '17:00' }]) // 420
 */
export function leaveMinutes(start: string, end: string, spans: readonly TimeSpan[]): number {
  const [from, to] = [minutesOf(start), minutesOf(end)]
  return spans.reduce((sum, s) => sum + Math.max(0, Math.min(to, minutesOf(s.end)) - Math.max(from, minutesOf(s.start))), 0)
}

/**
 * The end of a leave of `minutes` working minutes starting at `start`, or
 * undefined when the day's working hours cannot hold it.
 * @example leaveEnd('08:30', 240, spans) // '14:00' (3½ hours in the morning, ½ after lunch)
 */
export function leaveEnd(start: string, minutes: number, spans: readonly TimeSpan[]): string | undefined {
  let left = minutes
  for (const s of spans) {
    const from = Math.max(minutesOf(start), minutesOf(s.start))
    const room = minutesOf(s.end) - from
    if (room <= 0) continue
    if (left <= room) return hhmmOf(from + left)
    left -= room
  }
  return undefined
}
