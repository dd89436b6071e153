import { fail, type ApiResult } from '@shared/api'
import type { Staff } from '@shared/org'
import type { Database } from '../cloud'
import { collection } from '../db'
import { inTransaction } from '../inTransaction'
import { readInTransaction, writeInTransaction, type TransactionLike } from '../timebank/transactionLike'

/**
 * One document, `staffLocks/admins`, that every change taking the admin
 * role away (or stopping an admin) writes in its transaction: two admins
 * demoting each other at once each read the other as still an admin, but
 * both write this document, so one commits and the other fails
 * (platform.md: a write to a document another transaction holds fails) —
 * never both, which would leave no admin.
 */
const LOCKS = 'staffLocks'
const ADMINS_LOCK = 'admins'

/** The one place that reads and writes the `staff` collection. */
export function staffRepository(db: Database) {
  const staff = collection<Staff>(db, 'staff')
  return {
    ...staff,
    async findActiveByOpenid(openid: string): Promise<Staff | null> {
      const [found] = await staff.find({ openid, active: true }, { limit: 1 })
      return found ?? null
    },
    /**
     * Saves `change(current, otherActiveAdmins)` over record `id` in one
     * transaction that re-reads the other active admins (found just before
     * it: a query cannot run inside one) and writes the admins' lock, so
     * the count it hands `change` still holds when the record is saved.
     * `change` answers the record to save or the refusal to answer; nothing
     * is written on a refusal. Unknown `id`: `NOT_FOUND`.
     */
    async changeCountingAdmins(id: string, change: (current: Staff, otherActiveAdmins: number) => ApiResult<Staff>): Promise<ApiResult<Staff>> {
      const others = (await staff.find({ active: true, roles: 'admin' })).map((s) => s.id).filter((other) => other !== id)
      return inTransaction(db, async (tx: TransactionLike): Promise<ApiResult<Staff>> => {
        const current = await readInTransaction<Staff>(tx, 'staff', id)
        if (!current) return fail('NOT_FOUND', '没有找到该人员')
        let otherActiveAdmins = 0
        // One read after another: a transaction's operations are not issued in parallel (platform.md).
        for (const otherId of others) {
          const other = await readInTransaction<Staff>(tx, 'staff', otherId)
          if (other?.active && other.roles.includes('admin')) otherActiveAdmins++
        }
        const next = change(current, otherActiveAdmins)
        if (!next.ok) return next
        await writeInTransaction(tx, 'staff', withoutUndefined(next.data))
        const lock = await readInTransaction<{ id: string; version: number }>(tx, LOCKS, ADMINS_LOCK)
        const nextLock = { id: ADMINS_LOCK, version: (lock?.version ?? 0) + 1 }
        await writeInTransaction(tx, LOCKS, nextLock)
        return next
      })
    },
  }
}

/** A whole-document write stores no `undefined`: a field left out is a field removed. */
function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T
}
