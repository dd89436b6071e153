import { decodeEjson, isPlainObject } from './ejson'

/** One database request as an index sees it: which collection, which fields it filters on, in which order it sorts. */
export interface RequestShape {
  collection: string
  action: string
  /** fields compared for equality (`eq`, `in`, or a plain value) */
  equality: string[]
  /** fields compared by range or otherwise (`gt`, `lt`, `neq`, `exists` …) */
  range: string[]
  sort: { field: string; direction: 1 | -1 }[]
}

const EQUALITY = new Set(['$eq', '$in'])

/**
 * The shapes of a `database.*` request body: one per branch of its `or`, since each branch
 * needs an index of its own; none for a request that names no collection (transactions'
 * start and end). The emulator records these so tests can hold every query to a declared
 * index, as the Firestore emulator does with its missing-index errors.
 */
export function requestShapes(action: string, params: Record<string, unknown>): RequestShape[] {
  const collection = params.collectionName
  if (typeof collection !== 'string' || collection === '') return []
  let filters = conditionsOf(decodeObject(params.query), '')
  const sort: RequestShape['sort'] = sortOf(decodeObject(params.order))
  if (Array.isArray(params.stages)) {
    // Only the leading $match and $sort stages read the collection through an index; the
    // stages after the first other one ($group, $lookup, …) work on what those produced.
    for (const stage of params.stages as { stageKey?: unknown; stageValue?: unknown }[]) {
      const value = decodeObject(stage.stageValue)
      if (stage.stageKey === '$match') filters = both(filters, conditionsOf(value, ''))
      else if (stage.stageKey === '$sort') sort.push(...sortOf(value))
      else break
    }
  }
  return filters.map(({ equality, range }) => {
    const eq = unique(equality)
    return { collection, action: action.replace(/^database\./, ''), equality: eq, range: unique(range.filter((f) => !eq.includes(f))), sort }
  })
}

interface Conditions {
  equality: string[]
  range: string[]
}

function decodeObject(text: unknown): Record<string, unknown> {
  if (typeof text !== 'string' || text === '') return {}
  const decoded = decodeEjson(text, 'query')
  return decoded.ok && isPlainObject(decoded.value) ? (decoded.value as Record<string, unknown>) : {}
}

function sortOf(order: Record<string, unknown>): RequestShape['sort'] {
  return Object.entries(order).map(([field, direction]) => ({ field, direction: direction === -1 ? -1 : 1 }))
}

/** Every pairing of one alternative from each side (an `and` of two `or`s). */
function both(left: Conditions[], right: Conditions[]): Conditions[] {
  return left.flatMap((l) => right.map((r) => ({ equality: [...l.equality, ...r.equality], range: [...l.range, ...r.range] })))
}

/** A query's alternatives: one for a plain conjunction, more when it holds an `or`. */
function conditionsOf(query: Record<string, unknown>, prefix: string): Conditions[] {
  let alternatives: Conditions[] = [{ equality: [], range: [] }]
  for (const [key, value] of Object.entries(query)) {
    const parts = Array.isArray(value) ? value.filter(isPlainObject).map((part) => conditionsOf(part as Record<string, unknown>, prefix)) : []
    if (key === '$and') {
      for (const part of parts) alternatives = both(alternatives, part)
      continue
    }
    if (key === '$or') {
      alternatives = both(alternatives, parts.flat())
      continue
    }
    if (key === '$nor') {
      // a negation scans what it does not exclude: its fields count as ranges
      const fields = parts.flat().flatMap((c) => [...c.equality, ...c.range])
      alternatives = both(alternatives, [{ equality: [], range: fields }])
      continue
    }
    const field = prefix + key
    const operators = isPlainObject(value) ? Object.keys(value) : []
    if (operators.length > 0 && !operators.some((op) => op.startsWith('$'))) {
      // a nested object written as a path (`{ applicant: { phone } }`) filters on its leaves
      alternatives = both(alternatives, conditionsOf(value as Record<string, unknown>, `${field}.`))
    } else if (operators.length > 0 && !operators.every((op) => EQUALITY.has(op))) {
      alternatives = both(alternatives, [{ equality: [], range: [field] }])
    } else {
      alternatives = both(alternatives, [{ equality: [field], range: [] }])
    }
  }
  return alternatives
}

const unique = (fields: string[]) => [...new Set(fields)]
