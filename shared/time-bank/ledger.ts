import { fail, ok, type ApiResult } from '../api'
import type { TimeBankEntry } from './timeBankEntry'

/**
 * The balance of a ledger: the sum of its entries' minutes.
 * @example balanceOf([{ minutes: 90 }, { minutes: -60 }]) // 30
 */
export function balanceOf(entries: readonly Pick<TimeBankEntry, 'minutes'>[]): number {
  return entries.reduce((sum, e) => sum + e.minutes, 0)
}

/** Said when a debit would take the balance below zero. */
export const OVERDRAWN_MESSAGE = '时间银行余额不足，不能调休这么长时间'

/**
 * Posts one entry to a ledger (R24): an entry whose id is already there
 * changes nothing (the same source never credits twice), and no entry may
 * take the balance below zero. Never mutates `entries`.
 * @example postEntry([], { id: 'tb-duty-x', minutes: 60, ... }) // ok: one entry, posted
 */
export function postEntry<E extends Pick<TimeBankEntry, 'id' | 'minutes'>>(
  entries: readonly E[],
  entry: E,
): ApiResult<{ entries: E[]; posted: boolean }> {
  if (!Number.isInteger(entry.minutes)) throw new RangeError(`minutes must be whole: ${entry.minutes}`)
  if (entries.some((e) => e.id === entry.id)) return ok({ entries: [...entries], posted: false })
  if (balanceOf(entries) + entry.minutes < 0) return fail('LIMIT_REACHED', OVERDRAWN_MESSAGE)
  return ok({ entries: [...entries, entry], posted: true })
}
