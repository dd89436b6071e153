import type { Collection } from './db'

/** One page of the cloud database: its server-side `limit` is at most 1000 (docs/platform.md). */
export const PAGE = 1000

/**
 * A report reads at most this many pages of one collection (20 000
 * documents): the county centre's busiest year is a few thousand holiday
 * appointments, so hitting it means something is wrong, and the report
 * says `truncated` rather than reading without end.
 */
const MAX_PAGES = 20

/**
 * Every document matching `query`, page by page (1 request per 1000
 * documents, one in the usual case), in a stable order by `_id`. Given
 * `firstPage` (the first page already read, e.g. by an aggregation in the
 * same order), it reads on from the second page only when that one was full.
 */
export async function findAll<T extends { id: string }>(
  col: Collection<T>,
  query: Record<string, unknown>,
  firstPage?: readonly T[],
): Promise<{ docs: T[]; truncated: boolean }> {
  const docs: T[] = [...(firstPage ?? [])]
  if (firstPage && firstPage.length < PAGE) return { docs, truncated: false }
  for (let page = firstPage ? 1 : 0; page < MAX_PAGES; page++) {
    const batch = await col.find(query, { orderBy: [['_id', 'asc']], skip: page * PAGE, limit: PAGE })
    docs.push(...batch)
    if (batch.length < PAGE) return { docs, truncated: false }
  }
  return { docs, truncated: true }
}
