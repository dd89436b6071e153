import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { documentActions } from './documentActions'
import { isPlainObject } from './ejson'
import { type Result, collectionMissing, errorMessage, fail, ok } from './errors'
import { queryCap } from './queryCap'
import type { Store } from './store'
import { transactionActions } from './transactionActions'

export interface DatabaseHandler {
  /**
   * Answers one `database.*` request. `params` is the whole JSON body the SDK posted
   * (it carries `action` too, plus `envName` and tokens, which are ignored). The answer
   * is the JSON body to send back with HTTP 200: `{ requestId, ... }` on success,
   * `{ requestId, code, message }` on failure, which the SDK turns into errCode/errMsg.
   * Never rejects.
   */
  handle(action: string, params: unknown, meta?: { countRequest?: () => void }): Promise<Record<string, unknown>>
}

export interface DatabaseHandlerOptions {
  store: Store
  /**
   * The collections that exist, as the deployment manifest declares them. When given,
   * any other collection is missing (-502005) for reads and writes alike, and a declared
   * one exists even before its first document. When absent, collections exist once
   * written, as before.
   */
  collections?: readonly string[]
  /**
   * How long a request inside a transaction keeps the transaction busy after it is
   * served. Store operations finish synchronously, so two requests the SDK sent side by
   * side would otherwise never meet here; held a few milliseconds, as the platform's own
   * round trip takes tens, the second one arrives while the first is still open.
   */
  transactionHoldMs?: number
  /** the switch of `queryCap.ts`: every query and aggregation answers at most this many; none keeps the platform's own limits */
  maxLimit?: number
}

const actions = { ...documentActions, ...transactionActions }

/** A write outside a transaction waits this long between tries for a held document (MongoDB queues it behind the holder's lock). */
const HELD_RETRY_MS = 5

const concurrentRequest = (transactionId: string) =>
  fail(
    'DATABASE_TRANSACTION_FAIL',
    `transaction ${transactionId} received a request while another of its requests was running: issue a transaction's requests one after another`,
  )

export function createDatabaseHandler({ store, collections, transactionHoldMs = 5, maxLimit }: DatabaseHandlerOptions): DatabaseHandler {
  const cap = maxLimit ? queryCap(maxLimit) : undefined
  const declared = collections && new Set(collections)
  const busy = new Set<string>()

  /** Undeclared: missing. Declared but not created yet (a fresh or wiped database): created now, empty. */
  const checkCollection = (action: string, params: Record<string, unknown>): Result<void> | undefined => {
    const name = params.collectionName
    if (!declared || typeof name !== 'string' || action === 'database.addCollection') return undefined
    if (!declared.has(name)) return collectionMissing(name)
    return store.run((ws) => {
      if (!ws.exists(name)) ws.createCollection(name)
      return ok(undefined)
    })
  }

  const runOnce = (action: string, params: Record<string, unknown>) => {
    const checked = checkCollection(action, params)
    if (checked && !checked.ok) return checked
    return actions[action](store, cap ? cap.params(action, params) : params)
  }

  /** Runs the action; outside a transaction, a write blocked by an open transaction waits for it to end. */
  const runAction = async (action: string, params: Record<string, unknown>) => {
    for (;;) {
      const result = runOnce(action, params)
      if (result.ok || result.error.code !== 'DOCUMENT_HELD') return result
      // The holder commits, aborts or expires (its time to live): then this write goes through.
      await sleep(HELD_RETRY_MS)
    }
  }

  const runInOrder = async (action: string, params: Record<string, unknown>) => {
    const transactionId = typeof params.transactionId === 'string' ? params.transactionId : undefined
    if (!transactionId || action === 'database.startTransaction') return runAction(action, params)
    if (busy.has(transactionId)) {
      // As MongoDB refuses a second operation on a session that has one running: the
      // transaction is over, so the SDK's rollback finds nothing and its caller sees this.
      store.abortTransaction(transactionId)
      return concurrentRequest(transactionId)
    }
    busy.add(transactionId)
    try {
      const result = await runAction(action, params)
      await sleep(transactionHoldMs)
      return result
    } finally {
      busy.delete(transactionId)
    }
  }

  return {
    async handle(action, params, meta) {
      meta?.countRequest?.()
      const requestId = randomBytes(8).toString('hex')
      const known = Object.prototype.hasOwnProperty.call(actions, action)
      if (!known) return { requestId, code: 'INVALID_PARAM', message: `unknown database action: ${action}` }
      if (!isPlainObject(params)) return { requestId, code: 'INVALID_PARAM', message: 'request body must be an object' }
      try {
        const result = await runInOrder(action, params)
        if (!result.ok) return { requestId, ...result.error }
        return { requestId, ...(cap ? cap.answer(action, result.value) : result.value) }
      } catch (e) {
        // A bug or a disk error: answer it like CloudBase's system error instead of crashing the gateway.
        return { requestId, code: 'SYS_ERR', message: `emulator database error: ${errorMessage(e)}` }
      }
    },
  }
}
