import type { TimeSpan } from '../calendar'

/** Minutes since midnight of a wall-clock `HH:mm`. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/** The wall-clock `HH:mm` of minutes since midnight. */
export function clockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/**
 * True when `minutes` of service starting at `time` lie within one span of
 * the service hours: an appointment does not run into the lunch break or
 * past closing (R4, R14).
 */
export function fitsServiceHours(time: string, minutes: number, hours: readonly TimeSpan[]): boolean {
  const start = minutesOf(time)
  return hours.some((span) => start >= minutesOf(span.start) && start + minutes <= minutesOf(span.end))
}
