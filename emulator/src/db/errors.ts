/**
 * Database errors as values, with the string codes CloudBase answers.
 *
 * The SDK turns `code` into a number through wx-server-sdk's `TCB_ERR_CODE` table
 * (DATABASE_COLLECTION_NOT_EXIST -> -502005, DATABASE_REQUEST_FAILED -> -502001,
 * INVALID_PARAM -> -501007; unknown codes -> -501001), and `@cloudbase/database`'s
 * `runTransaction` retries only when a commit answers `DATABASE_TRANSACTION_CONFLICT`.
 *
 * `DATABASE_WRITE_CONFLICT` is this emulator's name for the platform's undocumented
 * answer to a write on a document another transaction holds (README, "Transactions"):
 * any name missing from the SDK's table reaches the caller the same way, as
 * `errCode -501001` with the message and no `.code`, so nothing retries it by itself.
 * `DOCUMENT_HELD` never leaves the emulator: a write outside a transaction waits
 * for the holder to finish, as MongoDB's does, and is then tried again.
 */
export type DbErrorCode =
  | 'INVALID_PARAM'
  | 'DATABASE_REQUEST_FAILED'
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_COLLECTION_ALREADY_EXIST'
  | 'DATABASE_TRANSACTION_CONFLICT'
  | 'DATABASE_TRANSACTION_FAIL'
  | 'DATABASE_WRITE_CONFLICT'
  | 'DOCUMENT_HELD'
  | 'SYS_ERR'

export interface DbError {
  code: DbErrorCode
  message: string
}

export type Failure = { ok: false; error: DbError }

export type Result<T> = { ok: true; value: T } | Failure

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

export const fail = (code: DbErrorCode, message: string): Failure => ({
  ok: false,
  error: { code, message },
})

export const collectionMissing = (collection: string) =>
  fail('DATABASE_COLLECTION_NOT_EXIST', `database collection not exists: ${collection}`)

/** Worded like MongoDB's E11000 so callers can match `/duplicate|E11000/` as docs/platform.md advises. */
export const duplicateKey = (collection: string, index: string, key: Record<string, unknown>) =>
  fail(
    'DATABASE_REQUEST_FAILED',
    `E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${JSON.stringify(key)}`,
  )

export const duplicateId = (collection: string, id: unknown) => duplicateKey(collection, '_id_', { _id: id })

export const writeConflict = (collection: string, key: string) =>
  fail('DATABASE_WRITE_CONFLICT', `WriteConflict: ${collection} ${key} is written by another transaction or was changed after this one began`)

export const documentHeld = (collection: string, key: string) =>
  fail('DOCUMENT_HELD', `${collection} ${key} is held by an open transaction`)

export const invalidParam = (message: string) => fail('INVALID_PARAM', message)

/** A query, update or pipeline the engine rejected (unknown operator, wrong operand type). */
export const requestFailed = (message: string) => fail('DATABASE_REQUEST_FAILED', message)

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e))
