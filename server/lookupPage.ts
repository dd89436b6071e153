import { pageOf, type Page } from '@shared/api'
import type { Database } from './cloud'
import { isMissingCollection } from './db'
import type { Lookup } from './feedback/lookupList'

export interface PageQuery {
  match: Record<string, unknown>
  /** The list's order; `_id` is added last so equal keys keep one order from page to page. */
  sort: Record<string, 1 | -1>
  /** Joined before `then` (to select by them) and again for the page's records. */
  lookups: readonly Lookup[]
  /** A match after the lookups, e.g. "no visit yet". */
  then?: Record<string, unknown>
  skip: number
  limit: number
}

type Row<T> = T & { _id?: string; pageTotal: number }

/**
 * One page of a list and how many the whole list holds, with the related
 * records joined in, in **one** database request, so a paged list stays
 * within the read budget of 2 (staff record, this; docs/numbers.md). The
 * SDK has no `$facet`, so the aggregation counts while it collects the
 * list's ids in order (`$group`), cuts the page out of them (`$slice`),
 * reads those records again by id and re-sorts them. The ids of the whole
 * list travel in one document: fine up to a few hundred thousand records.
 * A collection not created yet is an empty list.
 */
export async function lookupPage<T>(db: Database, collection: string, query: PageQuery): Promise<Page<T>> {
  const sort = { ...query.sort, _id: 1 as const }
  let pipeline = db.collection(collection).aggregate().match(query.match).sort(sort)
  if (query.then) {
    for (const lookup of query.lookups) pipeline = pipeline.lookup(lookup)
    pipeline = pipeline.match(query.then)
  }
  pipeline = pipeline
    .group({ _id: null, pageTotal: { $sum: 1 }, ids: { $push: '$_id' } })
    .project({ pageTotal: 1, ids: { $slice: ['$ids', query.skip, query.limit] } })
    .lookup({ from: collection, localField: 'ids', foreignField: '_id', as: 'records' })
    .unwind({ path: '$records', preserveNullAndEmptyArrays: true })
    .replaceRoot({ newRoot: { $mergeObjects: ['$records', { pageTotal: '$pageTotal' }] } })
  for (const lookup of query.lookups) pipeline = pipeline.lookup(lookup)
  pipeline = pipeline.sort(sort).limit(query.limit)
  let rows: Row<T>[]
  try {
    rows = ((await pipeline.end()) as unknown as { list: Row<T>[] }).list
  } catch (error) {
    if (isMissingCollection(error)) return pageOf([], 0, query)
    throw error
  }
  const total = rows[0]?.pageTotal ?? 0
  // no record matched, or the page is past the end: the one row left carries only the count
  const records = rows.filter((row) => row._id !== undefined).map(({ pageTotal: _total, ...record }) => record as unknown as T)
  return pageOf(records, total, query)
}
