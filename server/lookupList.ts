import type { Database } from './cloud'
import { isMissingCollection } from './db'

/** One `$lookup` stage: documents of `from` whose `foreignField` equals this one's `localField`, as an array `as`. */
export interface Lookup {
  from: string
  localField: string
  foreignField: string
  as: string
}

export interface LookupQuery {
  match: Record<string, unknown>
  sort: Record<string, 1 | -1>
  limit: number
  lookups: readonly Lookup[]
  /** A match after the lookups, e.g. "no visit yet". */
  then?: Record<string, unknown>
}

/**
 * A list with its related records joined in, in **one** database request
 * (an aggregation with `$lookup`), so the section's lists stay within the
 * read budget of 2 requests (docs/numbers.md). Documents keep their `_id`;
 * a collection not created yet reads as empty (`-502005`).
 */
export async function lookupList<T>(db: Database, collection: string, query: LookupQuery): Promise<T[]> {
  let pipeline = db.collection(collection).aggregate().match(query.match).sort(query.sort)
  if (!query.then) pipeline = pipeline.limit(query.limit)
  for (const lookup of query.lookups) pipeline = pipeline.lookup(lookup)
  if (query.then) pipeline = pipeline.match(query.then).limit(query.limit)
  try {
    const res = (await pipeline.end()) as unknown as { list: T[] }
    return res.list
  } catch (error) {
    if (isMissingCollection(error)) return []
    throw error
  }
}

/** A joined document as stored (`_id`). */
export type Joined<T extends { id: string }> = Omit<T, 'id'> & { _id: string }

/** The first document a `$lookup` joined, with its id as the domain names it, or null. */
export function firstJoined<T extends { id: string }>(docs: readonly Joined<T>[] | undefined): T | null {
  const first = docs?.[0]
  if (!first) return null
  const { _id, ...rest } = first
  return { ...rest, id: _id } as unknown as T
}
