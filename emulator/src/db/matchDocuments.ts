import { find } from 'mingo'
import { type Doc, isDocId } from './document'
import { type Result, collectionMissing, errorMessage, ok, requestFailed } from './errors'
import type { ReadView } from './workspace'

export interface FindOptions {
  sort?: Record<string, 1 | -1>
  skip?: number
  limit?: number
  projection?: Record<string, unknown>
}

/**
 * The documents of `collection` that match a MongoDB filter, with sort, skip, limit
 * and projection applied in that order (as MongoDB does, whatever order the caller
 * chained them). Matching is mingo's; an unknown operator comes back as an error.
 */
export function matchDocuments(
  view: ReadView,
  collection: string,
  filter: Record<string, unknown>,
  options: FindOptions = {},
): Result<Doc[]> {
  if (!view.exists(collection)) return collectionMissing(collection)
  try {
    let cursor = find(candidates(view, collection, filter), filter, options.projection)
    if (options.sort && Object.keys(options.sort).length) cursor = cursor.sort(options.sort)
    if (options.skip) cursor = cursor.skip(options.skip)
    if (options.limit !== undefined) cursor = cursor.limit(options.limit)
    return ok(cursor.all() as Doc[])
  } catch (e) {
    return requestFailed(errorMessage(e))
  }
}

// `doc(id)` calls send exactly `{ _id }`: read one row instead of scanning.
function candidates(view: ReadView, collection: string, filter: Record<string, unknown>): Doc[] {
  const keys = Object.keys(filter)
  if (keys.length === 1 && isDocId(filter._id)) {
    const doc = view.read(collection, filter._id)
    return doc ? [doc] : []
  }
  return view.scan(collection)
}
