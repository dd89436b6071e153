import { aggregateDocuments } from './aggregateDocuments'
import { decodeEjson, encodeEjson } from './ejson'
import { type Result, fail, invalidParam, ok } from './errors'
import { insertDocuments } from './insertDocuments'
import { matchDocuments } from './matchDocuments'
import { parseModification } from './modification'
import { modifyDocuments } from './modifyDocuments'
import { createParamReader } from './paramReader'
import { removeDocuments } from './removeDocuments'
import { resolveServerDates } from './serverDate'
import type { Operation, Store } from './store'

export type Action = (store: Store, params: Record<string, unknown>) => Result<Record<string, unknown>>

/** docs/platform.md: server-side `limit` defaults to 100 and is capped at 1000. */
const DEFAULT_LIMIT = 100
const MAX_LIMIT = 1000

/** The SDK sends `transactionId` with document calls made inside `runTransaction`. */
function inScope<T>(store: Store, transactionId: string | undefined, operation: Operation<T>): Result<T> {
  return transactionId ? store.runInTransaction(transactionId, operation) : store.run(operation)
}

const getDocument: Action = (store, params) => {
  const read = createParamReader(params, store.now())
  const collection = read.collection()
  const transactionId = read.optionalString('transactionId')
  const query = read.ejsonObject('query')
  const order = read.ejsonObject('order')
  const projection = read.ejsonObject('projection')
  const offset = read.integer('offset', 0)
  // The SDK sends no 0 (it turns a falsy limit into 100); treat one the same.
  const limit = Math.min(read.integer('limit', DEFAULT_LIMIT) || DEFAULT_LIMIT, MAX_LIMIT)
  const problem = read.problem()
  if (problem) return problem
  if (!Object.values(order).every((d) => d === 1 || d === -1)) return invalidParam('order directions must be 1 or -1')
  const found = inScope(store, transactionId, (ws) =>
    matchDocuments(ws, collection, query, {
      sort: order as Record<string, 1 | -1>,
      skip: offset,
      limit,
      projection: Object.keys(projection).length ? projection : undefined,
    }),
  )
  return found.ok ? ok({ data: { list: found.value.map(encodeEjson), offset, limit } }) : found
}

const calculateDocument: Action = (store, params) => {
  const read = createParamReader(params, store.now())
  const collection = read.collection()
  const transactionId = read.optionalString('transactionId')
  const query = read.ejsonObject('query')
  const problem = read.problem()
  if (problem) return problem
  const found = inScope(store, transactionId, (ws) => matchDocuments(ws, collection, query))
  return found.ok ? ok({ data: { total: found.value.length } }) : found
}

const insertDocument: Action = (store, params) => {
  const read = createParamReader(params, store.now())
  const collection = read.collection()
  const transactionId = read.optionalString('transactionId')
  const docs = read.ejsonObjects('data')
  const problem = read.problem()
  if (problem) return problem
  const inserted = inScope(store, transactionId, (ws) => insertDocuments(ws, collection, docs))
  return inserted.ok ? ok({ data: { insertedIds: inserted.value } }) : inserted
}

const modifyDocument: Action = (store, params) => {
  const read = createParamReader(params, store.now())
  const collection = read.collection()
  const transactionId = read.optionalString('transactionId')
  const query = read.ejsonObject('query')
  const data = read.ejsonObject('data')
  const multi = read.boolean('multi', false)
  const merge = read.boolean('merge', true)
  const upsert = read.boolean('upsert', false)
  const problem = read.problem()
  if (problem) return problem
  const modification = parseModification(data, merge)
  if (!modification.ok) return modification
  const modified = inScope(store, transactionId, (ws) =>
    modifyDocuments(ws, collection, query, modification.value, { multi, upsert }),
  )
  if (!modified.ok) return modified
  const { updated, upsertedId } = modified.value
  return ok({ data: upsertedId === undefined ? { updated } : { updated, upsert_id: upsertedId } })
}

/** `where().updateAndReturn()`: updates the first match and answers it as it is now. */
const modifyAndReturnDoc: Action = (store, params) => {
  const read = createParamReader(params, store.now())
  const collection = read.collection()
  const transactionId = read.optionalString('transactionId')
  const query = read.ejsonObject('query')
  const data = read.ejsonObject('data')
  const problem = read.problem()
  if (problem) return problem
  const modification = parseModification(data, true)
  if (!modification.ok) return modification
  const modified = inScope(store, transactionId, (ws) =>
    modifyDocuments(ws, collection, query, modification.value, { multi: false, upsert: false }),
  )
  if (!modified.ok) return modified
  const { updated, first } = modified.value
  return ok({ data: { updated, doc: first ? encodeEjson(first) : null } })
}

const removeDocument: Action = (store, params) => {
  const read = createParamReader(params, store.now())
  const collection = read.collection()
  const transactionId = read.optionalString('transactionId')
  const query = read.ejsonObject('query')
  const multi = read.boolean('multi', false)
  const problem = read.problem()
  if (problem) return problem
  const removed = inScope(store, transactionId, (ws) => removeDocuments(ws, collection, query, multi))
  return removed.ok ? ok({ data: { deleted: removed.value } }) : removed
}

/** Each stage travels as `{ stageKey: '$match', stageValue: '<EJSON or JSON text>' }`. */
const aggregateDocumentsAction: Action = (store, params) => {
  const read = createParamReader(params, store.now())
  const collection = read.collection()
  const problem = read.problem()
  if (problem) return problem
  const stages = params.stages
  if (!Array.isArray(stages)) return invalidParam('stages must be an array')
  const pipeline: Record<string, unknown>[] = []
  for (const [i, stage] of stages.entries()) {
    const { stageKey, stageValue } = (stage ?? {}) as Record<string, unknown>
    if (typeof stageKey !== 'string' || !stageKey.startsWith('$')) return invalidParam(`stages[${i}].stageKey must name a $stage`)
    if (typeof stageValue !== 'string') return invalidParam(`stages[${i}].stageValue must be a string`)
    // A bare number or string is valid too: `$limit: 5`, `$count: "total"`.
    const value = decodeEjson(stageValue, `stages[${i}].stageValue`)
    if (!value.ok) return value
    pipeline.push({ [stageKey]: resolveServerDates(value.value, store.now()) })
  }
  const result = store.run((ws) => aggregateDocuments(ws, collection, pipeline))
  return result.ok ? ok({ data: { list: result.value.map(encodeEjson) } }) : result
}

/** `db.createCollection(name)`. */
const addCollection: Action = (store, params) => {
  const read = createParamReader(params, store.now())
  const collection = read.collection()
  const problem = read.problem()
  if (problem) return problem
  const created = store.run((ws) => {
    if (ws.exists(collection)) return fail('DATABASE_COLLECTION_ALREADY_EXIST', `collection ${collection} already exists`)
    ws.createCollection(collection)
    return ok(undefined)
  })
  return created.ok ? ok({}) : created
}

export const documentActions: Record<string, Action> = {
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.modifyAndReturnDoc': modifyAndReturnDoc,
  'database.removeDocument': removeDocument,
  'database.aggregateDocuments': aggregateDocumentsAction,
  'database.addCollection': addCollection,
}
