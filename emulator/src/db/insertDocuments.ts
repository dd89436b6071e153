import { isPlainObject } from './ejson'
import { type Doc, type DocId, generateId, isDocId } from './document'
import { type Result, duplicateId, invalidParam, ok } from './errors'
import type { Workspace } from './workspace'

/**
 * `add`: each document gets its given `_id` or a generated one; a given `_id` that
 * exists (or repeats within the batch) fails the whole batch. Creates the collection.
 */
export function insertDocuments(ws: Workspace, collection: string, docs: unknown[]): Result<DocId[]> {
  const ids: DocId[] = []
  for (const data of docs) {
    if (!isPlainObject(data)) return invalidParam('each document to insert must be an object')
    if (data._id !== undefined && !isDocId(data._id)) return invalidParam('_id must be a non-empty string or a number')
    const id = isDocId(data._id) ? data._id : generateId()
    if (ws.read(collection, id)) return duplicateId(collection, id)
    ws.put(collection, { ...data, _id: id } as Doc)
    ids.push(id)
  }
  return ok(ids)
}
