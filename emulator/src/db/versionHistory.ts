/**
 * Pre-images of committed writes, the "MV" of MVCC: a transaction that started at
 * version V reads a document as it was at V, even after others committed over it.
 * Kept in memory only while some open transaction may still need it.
 */
export interface VersionHistory {
  /** `before` (a stored body, or null for "absent") was current until commit `version`. */
  record(collection: string, key: string, version: number, before: string | null): void
  /**
   * The body current at `version` if a later commit replaced it; undefined when no
   * later commit touched the document (then the current body is the one).
   */
  bodyAt(collection: string, key: string, version: number): { body: string | null } | undefined
  /** Keys of `collection` with pre-images newer than `version`. */
  keysChangedAfter(collection: string, version: number): string[]
  /** Version of the latest commit that touched the document, as far as recorded. */
  lastWrite(collection: string, key: string): number | undefined
  /** Drops pre-images no transaction started at `oldestStart` or later can need; all of them when undefined. */
  prune(oldestStart: number | undefined): void
}

interface PreImage {
  until: number
  body: string | null
}

export function createVersionHistory(): VersionHistory {
  // collection -> key -> pre-images in commit order
  const byCollection = new Map<string, Map<string, PreImage[]>>()
  const imagesOf = (collection: string, key: string) => byCollection.get(collection)?.get(key)

  return {
    record(collection, key, version, before) {
      let keys = byCollection.get(collection)
      if (!keys) byCollection.set(collection, (keys = new Map()))
      const images = keys.get(key) ?? []
      images.push({ until: version, body: before })
      keys.set(key, images)
    },
    bodyAt(collection, key, version) {
      const first = imagesOf(collection, key)?.find((image) => image.until > version)
      return first && { body: first.body }
    },
    keysChangedAfter(collection, version) {
      const keys = byCollection.get(collection)
      if (!keys) return []
      return [...keys].filter(([, images]) => images.some((image) => image.until > version)).map(([key]) => key)
    },
    lastWrite(collection, key) {
      const images = imagesOf(collection, key)
      return images?.[images.length - 1]?.until
    },
    prune(oldestStart) {
      if (oldestStart === undefined) return byCollection.clear()
      for (const [collection, keys] of byCollection) {
        for (const [key, images] of keys) {
          const kept = images.filter((image) => image.until > oldestStart)
          if (kept.length) keys.set(key, kept)
          else keys.delete(key)
        }
        if (!keys.size) byCollection.delete(collection)
      }
    },
  }
}
