import { randomBytes } from 'node:crypto'
import { encodeEjson, isPlainObject, parseEjson } from './ejson'

/** `doc(id)` accepts a string or a number; `add` generates strings. */
export type DocId = string | number

export type Doc = Record<string, unknown> & { _id: DocId }

export const isDocId = (value: unknown): value is DocId =>
  (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value))

/** Row key of an _id: JSON keeps the string "1" and the number 1 apart. */
export const idKey = (id: DocId): string => JSON.stringify(id)

/** Like the 32 hex characters CloudBase gives `add`ed documents. */
export const generateId = (): string => randomBytes(16).toString('hex')

/** Parses a body the store wrote itself; a failure here means a corrupt file, a bug. */
export function parseStored(body: string): Doc {
  const value = parseEjson(body)
  if (!isPlainObject(value) || !isDocId(value._id)) throw new Error(`corrupt stored document: ${body.slice(0, 80)}`)
  return value as Doc
}

/** A private copy to modify; structuredClone would strip the BSON classes (ObjectId, Decimal128). */
export const cloneDoc = (doc: Doc): Doc => parseStored(encodeEjson(doc))
