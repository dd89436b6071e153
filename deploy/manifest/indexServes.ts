import type { RequestShape } from '../../emulator/src/db/requestShape'
import type { CollectionSpec, IndexSpec } from './manifest'

/**
 * Whether an index serves a query, by the equality-sort-range rule of document databases:
 * the index starts with the query's equality fields (in any order), goes on with its sort
 * fields in order (all in the index's directions or all reversed), and holds its range
 * fields after those. `_id` has its own index: a query on `_id` is always served, and a
 * trailing sort on `_id` (a tie-break for paging) needs nothing more.
 */
export function indexServes(index: IndexSpec, query: RequestShape): boolean {
  const keys = index.keys
  const equality = query.equality
  const head = keys.slice(0, equality.length).map((k) => k.field)
  if (!equality.every((f) => head.includes(f))) return false
  const sort = query.sort.filter((s, i) => !(s.field === '_id' && i === query.sort.length - 1))
  const next = keys.slice(equality.length, equality.length + sort.length)
  if (next.length < sort.length || !sort.every((s, i) => next[i].field === s.field)) return false
  const same = sort.every((s, i) => next[i].direction === s.direction)
  const reversed = sort.every((s, i) => next[i].direction === -s.direction)
  if (!same && !reversed) return false
  const rest = keys.slice(equality.length).map((k) => k.field)
  return query.range.every((f) => rest.includes(f))
}

/** A query needs no declared index: it names `_id`, or it reads a whole collection in `_id` order. */
export function servedByIdIndex(query: RequestShape): boolean {
  if (query.equality.includes('_id')) return true
  return query.equality.length === 0 && query.range.length === 0 && query.sort.every((s) => s.field === '_id')
}

/** Writes by `_id` or by `add` carry no query to serve. */
export function isServed(collection: CollectionSpec, query: RequestShape): boolean {
  return query.action === 'insertDocument' || servedByIdIndex(query) || collection.indexes.some((index) => indexServes(index, query))
}
