import type { Collection, QueryOptions } from './db'

/** What the platform answers a query without `limit`, and the lowest cap a database may put on any query (issue 12). */
const SMALLEST_CAP = 100
/** The platform's largest page (docs/platform.md). */
const PAGE = 1000
/** A list read whole stops here: a county's items or staff are a few hundred. */
const MAX_DOCS = 20_000

/**
 * Every document matching `query` in `orderBy` order (then `_id`), for the
 * lists that are searched, ranked or grouped in memory before they are paged
 * (`items.list`, `staff.list`, `queue.list`). Asks for 1000 at a time; a
 * batch of exactly 1000 or exactly 100 may have been cut by the database's
 * cap, so it reads on from there; anything else was the end. One request in
 * the usual case (under 100, or between 100 and 1000 on the platform).
 */
export async function findEvery<T extends { id: string }>(
  col: Collection<T>,
  query: Record<string, unknown>,
  orderBy: NonNullable<QueryOptions['orderBy']> = [],
): Promise<T[]> {
  const docs: T[] = []
  for (;;) {
    const batch = await col.find(query, { orderBy: [...orderBy, ['_id', 'asc']], skip: docs.length, limit: PAGE })
    docs.push(...batch)
    if ((batch.length !== PAGE && batch.length !== SMALLEST_CAP) || docs.length >= MAX_DOCS) return docs
  }
}
