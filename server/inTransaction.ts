import { setTimeout as sleep } from 'node:timers/promises'
import { fail, type ApiResult } from '@shared/api'
import type { Database } from './cloud'
import type { TransactionLike } from './timebank/transactionLike'

/** Runs of a contended transaction, the first included, before it answers `CONFLICT`. */
export const TRANSACTION_ATTEMPTS = 7

/**
 * No new run starts this long after the first: a function has 3 s by default
 * (platform.md), and one killed mid-transaction leaves its documents held
 * until the transaction's lifetime ends, so giving up in time matters more
 * than one more try.
 */
const TRANSACTION_RETRY_BUDGET_MS = 1500

/** Said when the documents stayed contended through every attempt. */
const CONTENDED_MESSAGE = '操作的记录正被他人同时修改，请稍后重试'

/**
 * Runs `work` in a database transaction, again with backoff while another
 * transaction holds a document it writes; `CONFLICT` when it never gets
 * through. The one place the project calls `db.runTransaction`.
 *
 * `work` answers a result: a success is committed and answered; a refusal
 * rolls the transaction back (`tx.rollback`: on CloudBase `runTransaction`
 * then rejects with the reason, and never commits) and is answered as it
 * is, so nothing is written on a refusal and none is thrown to get out
 * (docs/style.md, 5).
 *
 * Why not the SDK's own retries: on CloudBase a write to a document another
 * transaction holds fails at once (platform.md, "Cloud database"), with a
 * code the SDK cannot map, so the error has `errCode -501001` and no `.code`
 * and `runTransaction` never retries it. Each attempt is a whole new
 * transaction, rolled back by the SDK when it fails, so retrying changes
 * nothing twice; `work` must read what it decides on inside `tx`, and issue
 * its requests one after another (the platform refuses them side by side).
 */
export async function inTransaction<T>(db: Database, work: (tx: TransactionLike) => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  const started = Date.now()
  for (let attempt = 1; ; attempt++) {
    let refused: ApiResult<T> | undefined
    try {
      // 0: one run per call, the retries are ours (the SDK would retry only a commit conflict).
      return (await db.runTransaction(async (tx: TransactionLike) => {
        const result = await work(tx)
        if (result.ok) return result
        refused = result
        await tx.rollback(result)
        return result
      }, 0)) as ApiResult<T>
    } catch (error) {
      // runTransaction rejects with the refusal once rolled back (or with the rollback's own failure): never committed, the refusal is the answer.
      if (refused) return refused
      if (!isContended(error)) throw error
      const wait = backoffMs(attempt)
      if (attempt >= TRANSACTION_ATTEMPTS || Date.now() - started + wait > TRANSACTION_RETRY_BUDGET_MS) return fail('CONFLICT', CONTENDED_MESSAGE)
      await sleep(wait)
    }
  }
}

/**
 * A failure another attempt may not meet: the SDK's mapping of a code it does
 * not know (-501001, the platform's write conflict among them), or a commit
 * conflict the SDK stopped retrying. Refusals, duplicates (-502001) and
 * missing collections (-502005) are answers, not contention.
 */
function isContended(error: unknown): boolean {
  const e = error as { errCode?: unknown; code?: unknown } | null
  return e?.errCode === -501001 || e?.code === 'DATABASE_TRANSACTION_CONFLICT'
}

/** Exponential with full jitter (25 ms, 50 ms … at most 400 ms), so contenders spread out instead of colliding again. */
function backoffMs(attempt: number): number {
  return Math.random() * Math.min(400, 25 * 2 ** (attempt - 1))
}
