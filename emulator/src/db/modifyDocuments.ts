import { type Doc, type DocId } from './document'
import { encodeEjson } from './ejson'
import { type Result, collectionMissing, ok } from './errors'
import { matchDocuments } from './matchDocuments'
import { type Modification, applyModification, upsertDocument } from './modification'
import type { Workspace } from './workspace'

export interface ModifyOptions {
  multi: boolean
  upsert: boolean
}

export interface ModifyOutcome {
  /** Documents actually changed: writing the values a document already holds counts 0. */
  updated: number
  upsertedId?: DocId
  /** The first matched document after the change (modifyAndReturnDoc). */
  first?: Doc
}

/** `update`, `set` and `where().update()`: one document or all matches, optionally upserting. */
export function modifyDocuments(
  ws: Workspace,
  collection: string,
  filter: Record<string, unknown>,
  modification: Modification,
  options: ModifyOptions,
): Result<ModifyOutcome> {
  if (!ws.exists(collection)) {
    if (!options.upsert) return collectionMissing(collection)
    ws.createCollection(collection)
  }
  const matched = matchDocuments(ws, collection, filter, options.multi ? {} : { limit: 1 })
  if (!matched.ok) return matched
  if (matched.value.length === 0 && options.upsert) {
    const created = upsertDocument(filter, modification)
    if (!created.ok) return created
    ws.put(collection, created.value)
    return ok({ updated: 0, upsertedId: created.value._id, first: created.value })
  }
  let updated = 0
  let first: Doc | undefined
  for (const doc of matched.value) {
    const next = applyModification(doc, modification)
    if (!next.ok) return next
    first ??= next.value
    if (encodeEjson(next.value) === encodeEjson(doc)) continue
    ws.put(collection, next.value)
    updated += 1
  }
  return ok({ updated, first })
}
