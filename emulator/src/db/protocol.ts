import { randomBytes } from 'node:crypto'
import { documentActions } from './documentActions'
import { isPlainObject } from './ejson'
import { errorMessage } from './errors'
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

const actions = { ...documentActions, ...transactionActions }

/** `maxLimit`: the switch of `queryCap.ts`; none keeps the platform's own limits. */
export function createDatabaseHandler({ store, maxLimit }: { store: Store; maxLimit?: number }): DatabaseHandler {
  const cap = maxLimit ? queryCap(maxLimit) : undefined
  return {
    async handle(action, params, meta) {
      meta?.countRequest?.()
      const requestId = randomBytes(8).toString('hex')
      const run = Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : undefined
      if (!run) return { requestId, code: 'INVALID_PARAM', message: `unknown database action: ${action}` }
      if (!isPlainObject(params)) return { requestId, code: 'INVALID_PARAM', message: 'request body must be an object' }
      try {
        const result = run(store, cap ? cap.params(action, params) : params)
        if (!result.ok) return { requestId, ...result.error }
        return { requestId, ...(cap ? cap.answer(action, result.value) : result.value) }
      } catch (e) {
        // A bug or a disk error: answer it like CloudBase's system error instead of crashing the gateway.
        return { requestId, code: 'SYS_ERR', message: `emulator database error: ${errorMessage(e)}` }
      }
    },
  }
}
