import { type Doc, idKey, parseStored } from './document'
import type { SqliteFile } from './sqliteFile'
import type { ReadView } from './workspace'

/**
 * The latest committed documents, read through a cache of parsed documents: a where()
 * scans its whole collection, and parsing 5,000 EJSON bodies takes about 80 ms where
 * matching them takes a few. Cached documents are shared and frozen; code that changes
 * a document changes a copy (cloneDoc).
 */
export interface CommittedView extends ReadView {
  /** After a commit: the new bodies of the written documents (null: deleted). */
  remember(collection: string, key: string, body: string | null): void
  /** After a wipe. */
  forget(): void
}

export function createCommittedView(file: SqliteFile): CommittedView {
  const cache = new Map<string, Map<string, Doc>>() // collection -> key -> doc, in natural order

  const load = (collection: string) => {
    let docs = cache.get(collection)
    if (!docs) {
      docs = new Map()
      for (const row of file.listDocuments(collection)) {
        const doc = deepFreeze(parseStored(row.body))
        docs.set(idKey(doc._id), doc)
      }
      cache.set(collection, docs)
    }
    return docs
  }

  return {
    read: (collection, id) => load(collection).get(idKey(id)),
    scan: (collection) => [...load(collection).values()],
    exists: (collection) => file.hasCollection(collection),
    remember(collection, key, body) {
      const docs = cache.get(collection)
      if (!docs) return // not loaded yet: the next read loads it from the file
      if (body === null) docs.delete(key)
      else docs.set(key, deepFreeze(parseStored(body)))
    },
    forget: () => cache.clear(),
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
