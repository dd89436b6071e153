import { type Doc, idKey, parseStored } from './document'
import type { VersionHistory } from './versionHistory'
import type { ReadView } from './workspace'

/**
 * Committed state as it was at version `start`: the latest documents, with those
 * written since then replaced by their recorded pre-images. A transaction reads this.
 */
export function createSnapshotView(latest: ReadView, history: VersionHistory, start: number): ReadView {
  const pastDoc = (collection: string, key: string) => {
    const body = history.bodyAt(collection, key, start)?.body
    return body ? parseStored(body) : undefined
  }

  return {
    read(collection, id) {
      const past = history.bodyAt(collection, idKey(id), start)
      if (!past) return latest.read(collection, id)
      return past.body === null ? undefined : parseStored(past.body)
    },
    scan(collection) {
      const changed = new Set(history.keysChangedAfter(collection, start))
      const docs: Doc[] = []
      for (const doc of latest.scan(collection)) {
        const key = idKey(doc._id)
        const seen = changed.has(key) ? pastDoc(collection, key) : doc
        if (seen) docs.push(seen)
        changed.delete(key)
      }
      // Deleted since the snapshot: they come last, natural order is not kept for them.
      for (const key of changed) {
        const doc = pastDoc(collection, key)
        if (doc) docs.push(doc)
      }
      return docs
    },
    // Collections are never dropped while the store runs (reset drops transactions too).
    exists: (collection) => latest.exists(collection),
  }
}
