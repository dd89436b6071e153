import { update } from 'mingo'
import { isPlainObject } from './ejson'
import { type Doc, type DocId, cloneDoc, generateId, idKey, isDocId } from './document'
import { type Result, errorMessage, invalidParam, ok, requestFailed } from './errors'

/**
 * What a modifyDocument request does to each matched document: `doc().set()` sends a
 * whole replacement (merge: false); `update()` sends update operators (merge: true).
 */
export type Modification =
  | { kind: 'replace'; replacement: Record<string, unknown> }
  | { kind: 'operators'; modifier: Record<string, unknown> }

export function parseModification(data: unknown, merge: boolean): Result<Modification> {
  if (!isPlainObject(data)) return invalidParam('data must be an object')
  const keys = Object.keys(data)
  const operatorKeys = keys.filter((k) => k.startsWith('$'))
  if (!merge) {
    if (operatorKeys.length) return invalidParam('a replacement document (set) cannot hold update operators')
    const replacement = { ...data }
    delete replacement._id // `set` keeps the document's own _id
    return ok({ kind: 'replace', replacement })
  }
  if (operatorKeys.length === 0) return ok({ kind: 'operators', modifier: { $set: data } })
  if (operatorKeys.length !== keys.length) return invalidParam('data mixes update operators and plain fields')
  return ok({ kind: 'operators', modifier: data })
}

/** A modified copy of `doc`; `doc` itself stays as it was. */
export function applyModification(doc: Doc, modification: Modification): Result<Doc> {
  if (modification.kind === 'replace') return ok({ ...modification.replacement, _id: doc._id } as Doc)
  const next = cloneDoc(doc)
  try {
    update(next, modification.modifier)
  } catch (e) {
    return requestFailed(errorMessage(e))
  }
  if (!isDocId(next._id) || idKey(next._id) !== idKey(doc._id)) {
    return requestFailed("Performing an update on the path '_id' would modify the immutable field '_id'")
  }
  return ok(next)
}

/**
 * The document an upsert creates when nothing matched: the filter's `_id` (or a new
 * one) and, as MongoDB does, the filter's plain equality fields, then the modification.
 */
export function upsertDocument(filter: Record<string, unknown>, modification: Modification): Result<Doc> {
  const id: DocId = isDocId(filter._id) ? filter._id : generateId()
  const seed = Object.fromEntries(
    Object.entries(filter).filter(([k, v]) => !k.startsWith('$') && !k.includes('.') && !isOperatorObject(v)),
  )
  return applyModification({ ...seed, _id: id }, modification)
}

const isOperatorObject = (value: unknown) =>
  isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))
