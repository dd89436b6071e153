import { createCommittedView } from './committedView'
import { type DocId, idKey } from './document'
import { encodeEjson } from './ejson'
import { type Result, documentHeld, fail, ok, writeConflict } from './errors'
import { insertDocuments } from './insertDocuments'
import { createSnapshotView } from './snapshotView'
import { openSqliteFile } from './sqliteFile'
import { findUniqueViolation, uniqueIndexName } from './uniqueIndexes'
import { createTransactionRegistry } from './transactionRegistry'
import { createVersionHistory } from './versionHistory'
import { type ReadView, type Workspace, createWorkspace } from './workspace'

export interface StoreOptions {
  /** A SQLite file (its folder must exist), or ':memory:'. */
  file: string
  /** The emulator clock; `db.serverDate()` reads it, nothing else in the store does. */
  now: () => Date
  /** How long an unfinished transaction lives; MongoDB's default lifetime is 60 s. */
  transactionTtlMs?: number
}

export type Operation<T> = (ws: Workspace) => Result<T>

export interface Store {
  now(): Date
  /**
   * One request outside a transaction: its writes are committed together, only if it
   * succeeds. Fails with DOCUMENT_HELD, changing nothing, when it would write a document
   * an open transaction holds: the caller waits for that transaction to end and tries again.
   */
  run<T>(operation: Operation<T>): Result<T>
  /** Opens a transaction reading the committed state as of now; answers its id. */
  startTransaction(): string
  /**
   * One request inside a transaction: it sees the snapshot plus the transaction's own
   * writes. A write to a document another open transaction holds, or that a commit
   * changed after this transaction began, fails at once with DATABASE_WRITE_CONFLICT
   * and ends the transaction (MongoDB aborts it on a WriteConflict).
   */
  runInTransaction<T>(id: string, operation: Operation<T>): Result<T>
  /** Applies the transaction's writes; they cannot conflict any more, each was checked as it was made. */
  commitTransaction(id: string): Result<void>
  abortTransaction(id: string): Result<void>
  /** For seeding: adds documents as `add` would (an empty list just creates the collection); throws on a duplicate _id. */
  insertMany(collection: string, docs: Record<string, unknown>[]): DocId[]
  /**
   * For seeding: a unique index, as one created in the CloudBase console. Writes that
   * would duplicate its key fail with an E11000 message. Throws if existing documents
   * already do.
   */
  createUniqueIndex(collection: string, fields: string[]): void
  /** Wipes every collection, document and index, and drops open transactions. */
  reset(): void
  close(): void
}

const transactionMissing = () =>
  fail('DATABASE_TRANSACTION_FAIL', 'transaction not found: it was committed, aborted or expired')

export function openStore(options: StoreOptions): Store {
  const file = openSqliteFile(options.file)
  const history = createVersionHistory()
  const transactions = createTransactionRegistry(options.transactionTtlMs ?? 60_000, () =>
    history.prune(transactions.oldestStart()),
  )
  // Every commit gets the next version; each document row carries the version that wrote it.
  let version = file.lastVersion()

  const committed = createCommittedView(file)

  const indexesOf = (collection: string) => file.listUniqueIndexes(collection)

  /** Commits a workspace's writes under one new version: all of them, or none. */
  const apply = (ws: Workspace): Result<void> => {
    const writes = ws.writes()
    const created = ws.createdCollections()
    if (!writes.length && !created.length) return ok(undefined)
    const after = createWorkspace(committed)
    after.absorb(ws)
    const violation = findUniqueViolation(after, writes, indexesOf)
    if (violation) return violation
    const next = version + 1
    // Pre-images are needed only while some transaction reads an older snapshot.
    const keepPreImages = transactions.oldestStart() !== undefined
    const preImages: [string, string, string | null][] = []
    const bodies: [string, string, string | null][] = []
    file.atomically(() => {
      for (const collection of created) file.createCollection(collection)
      for (const write of writes) {
        if (keepPreImages) {
          preImages.push([write.collection, write.key, file.getDocument(write.collection, write.key)?.body ?? null])
        }
        const body = write.doc && encodeEjson(write.doc)
        if (body) file.putDocument(write.collection, write.key, body, next)
        else file.deleteDocument(write.collection, write.key)
        bodies.push([write.collection, write.key, body])
      }
    })
    // Only now, once SQLite has committed, may readers see the new state.
    version = next
    for (const [collection, key, body] of bodies) committed.remember(collection, key, body)
    for (const [collection, key, before] of preImages) history.record(collection, key, next, before)
    return ok(undefined)
  }

  // A failed request must leave no partial writes behind, in or out of a transaction:
  // it writes into a scratch workspace that is kept only when all went well.
  const attempt = <T>(base: ReadView, operation: Operation<T>, keep: (scratch: Workspace) => Result<void>) => {
    const scratch = createWorkspace(base)
    const result = operation(scratch)
    if (!result.ok) return result
    const kept = keep(scratch)
    return kept.ok ? result : kept
  }

  const lastWrite = (collection: string, key: string) =>
    Math.max(file.getDocument(collection, key)?.version ?? 0, history.lastWrite(collection, key) ?? 0)

  const run = <T>(operation: Operation<T>) =>
    attempt(committed, operation, (scratch) => {
      const held = scratch.writes().find((write) => transactions.holderOf(write.collection, write.key))
      return held ? documentHeld(held.collection, held.key) : apply(scratch)
    })

  return {
    now: () => options.now(),
    run,
    startTransaction: () =>
      transactions.open({ startVersion: version, workspace: createWorkspace(createSnapshotView(committed, history, version)) }),
    runInTransaction(id, operation) {
      const transaction = transactions.get(id)
      if (!transaction) return transactionMissing()
      const { workspace } = transaction
      return attempt(workspace, operation, (scratch) => {
        // First writer wins, at once: the platform fails the write, not the commit.
        const contested = scratch
          .writes()
          .find((write) => transactions.holderOf(write.collection, write.key, id) || lastWrite(write.collection, write.key) > transaction.startVersion)
        if (contested) {
          transactions.close(id)
          return writeConflict(contested.collection, contested.key)
        }
        // Unique keys are checked as the transaction writes, against what it sees.
        const violation = findUniqueViolation(scratch, scratch.writes(), indexesOf)
        if (violation) return violation
        workspace.absorb(scratch)
        return ok(undefined)
      })
    },
    commitTransaction(id) {
      const transaction = transactions.get(id)
      if (!transaction) return transactionMissing()
      transactions.close(id)
      // Only a unique key other than _id, taken by a commit after this transaction wrote
      // its document, can fail here: answered as the duplicate it is (E11000).
      return apply(transaction.workspace)
    },
    abortTransaction: (id) => (transactions.close(id) ? ok(undefined) : transactionMissing()),
    insertMany(collection, docs) {
      const inserted = run((ws) => {
        ws.createCollection(collection)
        return insertDocuments(ws, collection, docs)
      })
      if (!inserted.ok) throw new Error(`seeding ${collection}: ${inserted.error.message}`)
      return inserted.value
    },
    createUniqueIndex(collection, fields) {
      const index = { name: uniqueIndexName(fields), fields }
      const everyDoc = committed.scan(collection).map((doc) => ({ collection, key: idKey(doc._id), doc }))
      const violation = findUniqueViolation(committed, everyDoc, () => [index])
      if (violation) throw new Error(`unique index on ${collection}: ${violation.error.message}`)
      file.atomically(() => {
        file.createCollection(collection)
        file.putUniqueIndex(collection, index)
      })
    },
    reset() {
      transactions.closeAll()
      file.wipe()
      committed.forget()
    },
    close() {
      transactions.closeAll()
      file.close()
    },
  }
}
