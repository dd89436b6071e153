import { type Result, ok } from './errors'
import { matchDocuments } from './matchDocuments'
import type { Workspace } from './workspace'

/** `doc().remove()` and `where().remove()`: answers how many documents went. */
export function removeDocuments(
  ws: Workspace,
  collection: string,
  filter: Record<string, unknown>,
  multi: boolean,
): Result<number> {
  const matched = matchDocuments(ws, collection, filter, multi ? {} : { limit: 1 })
  if (!matched.ok) return matched
  for (const doc of matched.value) ws.remove(collection, doc._id)
  return ok(matched.value.length)
}
