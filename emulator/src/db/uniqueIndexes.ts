import { type Doc, idKey } from './document'
import { encodeEjson, isPlainObject } from './ejson'
import { type Failure, duplicateKey } from './errors'
import type { PendingWrite, ReadView } from './workspace'

/** A unique index as created in the CloudBase console; named as MongoDB names it (`a_1_b_1`). */
export interface UniqueIndex {
  name: string
  fields: string[]
}

export const uniqueIndexName = (fields: string[]) => fields.map((f) => `${f}_1`).join('_')

/**
 * The first unique index a set of writes would break, judged on `view`, the state
 * after those writes. A missing field counts as null (docs/platform.md), so two documents
 * both lacking the field collide, as on the platform.
 */
export function findUniqueViolation(
  view: ReadView,
  writes: PendingWrite[],
  indexesOf: (collection: string) => UniqueIndex[],
): Failure | undefined {
  const written = new Map<string, Set<string>>()
  for (const write of writes) {
    if (!write.doc) continue
    const keys = written.get(write.collection) ?? new Set<string>()
    written.set(write.collection, keys.add(write.key))
  }
  for (const [collection, writtenKeys] of written) {
    const indexes = indexesOf(collection)
    if (!indexes.length) continue
    const docs = view.scan(collection)
    for (const index of indexes) {
      const holders = new Map<string, Doc>()
      for (const doc of docs) {
        const key = encodeEjson(index.fields.map((field) => valueAt(doc, field)))
        const other = holders.get(key)
        if (other && (writtenKeys.has(idKey(doc._id)) || writtenKeys.has(idKey(other._id)))) {
          return duplicateKey(collection, index.name, Object.fromEntries(index.fields.map((f) => [f, valueAt(doc, f)])))
        }
        holders.set(key, doc)
      }
    }
  }
  return undefined
}

function valueAt(doc: Doc, path: string): unknown {
  let value: unknown = doc
  for (const part of path.split('.')) value = isPlainObject(value) ? value[part] : undefined
  return value ?? null
}
