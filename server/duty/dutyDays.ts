import type { CivilDate } from '@shared/time'
import { readInTransaction, writeInTransaction, type TransactionLike } from '../timebank/transactionLike'

/**
 * One document per window and walk-in day naming the shifts on it (R21,
 * R23), which `duty.schedule` and `duty.close` both write in their
 * transaction: a transaction reads documents by id only (docs/platform.md,
 * "Cloud database"), so it cannot query the day's shifts, and two
 * transactions that write different documents would both commit. Writing
 * this one, a close and a schedule of the same window-day at the same
 * instant meet each other's write; the one run again then reads the other's
 * closure or shift and is refused.
 */
export const DUTY_DAYS = 'dutyDays'

export interface DutyDay {
  id: string
  date: CivilDate
  windowId: string
  /** The ids of the shifts scheduled for the window that day. */
  shiftIds: string[]
}

/** @example dutyDayId('2026-10-17', 'win-05') // 'day-2026-10-17-win-05' */
export const dutyDayId = (date: CivilDate, windowId: string) => `day-${date}-${windowId}`

/** The window's day as this transaction sees it; no shift when none was recorded. */
export async function readDutyDay(tx: TransactionLike, date: CivilDate, windowId: string): Promise<DutyDay> {
  const id = dutyDayId(date, windowId)
  return (await readInTransaction<DutyDay>(tx, DUTY_DAYS, id)) ?? { id, date, windowId, shiftIds: [] }
}

/** Writes the window's day in the transaction, changed or not: the write is what two contenders meet. */
export const writeDutyDay = (tx: TransactionLike, day: DutyDay) => writeInTransaction(tx, DUTY_DAYS, day)
