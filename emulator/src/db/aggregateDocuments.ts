import { aggregate } from 'mingo'
import { cloneDoc } from './document'
import { type Result, collectionMissing, errorMessage, ok, requestFailed } from './errors'
import type { ReadView } from './workspace'

/** CloudBase answers 20 documents from an aggregation that sets no limit of its own. */
const DEFAULT_AGGREGATE_LIMIT = 20

/** Runs a pipeline with mingo; `$lookup` reads the other collections of the same view. */
export function aggregateDocuments(
  view: ReadView,
  collection: string,
  pipeline: Record<string, unknown>[],
): Result<Record<string, unknown>[]> {
  if (!view.exists(collection)) return collectionMissing(collection)
  const limited = pipeline.some((stage) => '$limit' in stage)
    ? pipeline
    : [...pipeline, { $limit: DEFAULT_AGGREGATE_LIMIT }]
  try {
    // On copies: stages such as $addFields write into their input documents.
    const copies = (name: string) => view.scan(name).map(cloneDoc)
    return ok(aggregate(copies(collection), limited, { collectionResolver: copies }))
  } catch (e) {
    return requestFailed(errorMessage(e))
  }
}
