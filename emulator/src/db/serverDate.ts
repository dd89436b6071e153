import { isPlainObject } from './ejson'

/**
 * Replaces every `db.serverDate({ offset })` marker with the emulator clock's time.
 * The SDK serialises the marker as `{ $tcb_server_date: { offset } }` (offset in ms),
 * in added documents, in update operands and in query values alike.
 */
export function resolveServerDates(value: unknown, now: Date): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveServerDates(v, now))
  if (!isPlainObject(value)) return value
  const marker = value.$tcb_server_date
  if (isPlainObject(marker) && Object.keys(value).length === 1) {
    const offset = typeof marker.offset === 'number' ? marker.offset : 0
    return new Date(now.getTime() + offset)
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveServerDates(v, now)]))
}
