import type { RequestShape } from '../../emulator/src/db/requestShape'
import { isServed } from './indexServes'
import type { Manifest } from './manifest'

/**
 * What the recorded requests ask that the manifest does not give, one line each, like the
 * Firestore emulator's missing-index errors: a collection not declared, a query no declared
 * index serves (with the index that would). Empty when the manifest matches the code.
 */
export function unservedQueries(manifest: Manifest, requests: Iterable<RequestShape & { functionName?: string }>): string[] {
  const problems = new Set<string>()
  for (const request of requests) {
    const by = request.functionName ? `${request.functionName}: ` : ''
    const collection = manifest.collections.find((c) => c.name === request.collection)
    if (!collection) {
      problems.add(`${by}collection "${request.collection}" is not declared in collections.json`)
      continue
    }
    if (isServed(collection, request)) continue
    const keys = [
      ...request.equality.map((field) => `${field} 1`),
      ...request.sort.filter((s) => s.field !== '_id').map((s) => `${s.field} ${s.direction}`),
      ...request.range.filter((f) => !request.sort.some((s) => s.field === f)).map((field) => `${field} 1`),
    ]
    problems.add(
      `${by}${request.action} on ${request.collection} (equal: ${request.equality.join(', ') || '-'}; range: ${request.range.join(', ') || '-'}; ` +
        `sort: ${request.sort.map((s) => `${s.field} ${s.direction}`).join(', ') || '-'}) needs an index in collections.json, such as [${keys.join(', ')}]`,
    )
  }
  return [...problems].sort()
}
