import { fail, ok, type ApiResult } from '@shared/api'
import { OVERDRAWN_MESSAGE, type TimeBankEntry } from '@shared/time-bank'
import { readInTransaction, writeInTransaction, type TransactionLike } from './transactionLike'

/**
 * A staff member's running balance, one document per staff member
 * (`timeBankAccounts`), written in the same transaction as every entry: it
 * is the document two concurrent debits both write, so the second one's
 * write fails at once and `inTransaction` runs it again, when it sees the
 * lower balance (R24: never negative). The balance always equals the sum of the
 * staff member's entries, since both change together or not at all.
 */
interface TimeBankAccount {
  id: string
  balance: number
  version: number
}

export const ENTRIES = 'timeBankEntries'
const ACCOUNTS = 'timeBankAccounts'

/**
 * Posts `entry` inside transaction `tx`: nothing when an entry with its id
 * exists (the same source never credits twice), `LIMIT_REACHED` (for the
 * transaction to answer, so rolling back) when a debit would overdraw, else
 * the entry and the new balance. Answers whether it posted.
 */
export async function postInTransaction(tx: TransactionLike, entry: TimeBankEntry): Promise<ApiResult<boolean>> {
  // One after another: the platform refuses a transaction's requests side by side.
  if (await readInTransaction<TimeBankEntry>(tx, ENTRIES, entry.id)) return ok(false)
  const account = await readInTransaction<TimeBankAccount>(tx, ACCOUNTS, entry.staffId)
  const balance = (account?.balance ?? 0) + entry.minutes
  if (balance < 0) return fail('LIMIT_REACHED', OVERDRAWN_MESSAGE)
  const { id, ...rest } = entry
  await tx.collection(ENTRIES).add({ data: { _id: id, ...rest } })
  await writeInTransaction(tx, ACCOUNTS, { id: entry.staffId, balance, version: (account?.version ?? 0) + 1 } as TimeBankAccount)
  return ok(true)
}
