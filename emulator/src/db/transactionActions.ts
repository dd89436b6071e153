import type { Action } from './documentActions'
import { ok } from './errors'
import { createParamReader } from './paramReader'

// Inside a transaction the SDK (4.0.2, `@cloudbase/database/dist/commonjs/transaction/index.js`)
// sends the ordinary document actions with a `transactionId`; only these three are
// transaction-specific.

const startTransaction: Action = (store) => ok({ transactionId: store.startTransaction() })

const commitTransaction: Action = (store, params) => {
  const read = createParamReader(params, store.now())
  const id = read.string('transactionId')
  const problem = read.problem()
  if (problem) return problem
  const committed = store.commitTransaction(id)
  return committed.ok ? ok({}) : committed
}

const abortTransaction: Action = (store, params) => {
  const read = createParamReader(params, store.now())
  const id = read.string('transactionId')
  const problem = read.problem()
  if (problem) return problem
  const aborted = store.abortTransaction(id)
  return aborted.ok ? ok({}) : aborted
}

export const transactionActions: Record<string, Action> = {
  'database.startTransaction': startTransaction,
  'database.commitTransaction': commitTransaction,
  'database.abortTransaction': abortTransaction,
}
