/**
 * The emulator's cloud database: what `wx-server-sdk` reaches through `@cloudbase/node-sdk`.
 *
 * The gateway parses the JSON body the SDK POSTs to its service URL and, when
 * `body.action` starts with `database.`, answers `await handler.handle(body.action, body, meta)`
 * as the JSON response (HTTP 200, even for errors: the SDK reads `code`/`message`).
 *
 * Request bodies (all EJSON inside strings, canonical form):
 *   getDocument        { collectionName, query?, queryType: 'DOC'|'WHERE', order?, offset?, limit?, projection?, transactionId? }
 *                      -> { data: { list: [ejson...], offset, limit } }
 *   calculateDocument  { collectionName, query? }               -> { data: { total } }
 *   insertDocument     { collectionName, data: [ejson...], transactionId? } -> { data: { insertedIds } }
 *   modifyDocument     { collectionName, query, data, multi, merge, upsert, transactionId? }
 *                      -> { data: { updated, upsert_id? } }   (merge false = `set`'s whole document)
 *   modifyAndReturnDoc { collectionName, query, data }         -> { data: { updated, doc: ejson|null } }
 *   removeDocument     { collectionName, query, multi, transactionId? } -> { data: { deleted } }
 *   aggregateDocuments { collectionName, stages: [{ stageKey, stageValue }] } -> { data: { list } }
 *   addCollection      { collectionName }                      -> {}
 *   startTransaction   {}                                      -> { transactionId }
 *   commitTransaction / abortTransaction { transactionId }     -> {}
 * Every answer also carries `requestId`; a failure is `{ requestId, code, message }`.
 * Inside a transaction a write to a document another one holds fails at once with
 * `DATABASE_WRITE_CONFLICT`, and a request sent while another of the same transaction
 * is being served with `DATABASE_TRANSACTION_FAIL` (README, "Transactions").
 */
export { openStore } from './store'
export type { Store, StoreOptions } from './store'
export { createDatabaseHandler } from './protocol'
export type { DatabaseHandler, DatabaseHandlerOptions } from './protocol'
