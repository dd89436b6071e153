import { type Doc, type DocId, idKey } from './document'

/** Committed state as some reader sees it: the latest, or a transaction's snapshot. */
export interface ReadView {
  read(collection: string, id: DocId): Doc | undefined
  /** In natural (insertion) order. */
  scan(collection: string): Doc[]
  exists(collection: string): boolean
}

export interface PendingWrite {
  collection: string
  key: string
  /** null: delete. */
  doc: Doc | null
}

/**
 * A view plus writes not yet committed. One request outside a transaction gets its
 * own workspace, committed when the request succeeds, so a multi-document update is
 * all or nothing; a transaction keeps one across its requests until commit.
 */
export interface Workspace extends ReadView {
  put(collection: string, doc: Doc): void
  remove(collection: string, id: DocId): void
  createCollection(collection: string): void
  /** Takes over the writes of a workspace layered on this one. */
  absorb(child: Workspace): void
  writes(): PendingWrite[]
  createdCollections(): string[]
}

export function createWorkspace(base: ReadView): Workspace {
  const pending = new Map<string, PendingWrite>() // by collection + key, in write order
  const created = new Set<string>()
  const slot = (collection: string, key: string) => `${collection}\u0000${key}`

  const pendingIn = (collection: string) => [...pending.values()].filter((w) => w.collection === collection)

  return {
    read(collection, id) {
      const write = pending.get(slot(collection, idKey(id)))
      return write ? (write.doc ?? undefined) : base.read(collection, id)
    },
    scan(collection) {
      const overlay = new Map(pendingIn(collection).map((w) => [w.key, w.doc]))
      const docs: Doc[] = []
      for (const doc of base.scan(collection)) {
        const key = idKey(doc._id)
        if (!overlay.has(key)) docs.push(doc)
        else {
          const replaced = overlay.get(key)
          if (replaced) docs.push(replaced)
          overlay.delete(key)
        }
      }
      for (const doc of overlay.values()) if (doc) docs.push(doc)
      return docs
    },
    exists: (collection) => created.has(collection) || base.exists(collection),
    put(collection, doc) {
      created.add(collection)
      const key = idKey(doc._id)
      pending.set(slot(collection, key), { collection, key, doc })
    },
    remove(collection, id) {
      const key = idKey(id)
      pending.set(slot(collection, key), { collection, key, doc: null })
    },
    createCollection: (collection) => void created.add(collection),
    absorb(child) {
      for (const collection of child.createdCollections()) created.add(collection)
      for (const write of child.writes()) pending.set(slot(write.collection, write.key), write)
    },
    writes: () => [...pending.values()],
    createdCollections: () => [...created],
  }
}
