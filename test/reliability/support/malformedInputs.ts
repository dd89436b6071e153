import fc from 'fast-check'

/**
 * Malformed inputs for any action (issue 8, bad input): each is a valid input with one
 * field broken or missing, a key the schema has set to something hostile, a whole input of
 * the wrong shape, or random JSON from fast-check. Every input is JSON (what reaches a
 * function over the wire), so `__proto__` stays an own key as `JSON.parse` makes it.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const HUGE = 'x'.repeat(100 * 1024)

/** Values no field should take for granted. */
export const HOSTILE_VALUES: Json[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e21,
  '',
  ' ',
  HUGE,
  `${'名'.repeat(50_000)}`,
  '😀',
  '👨‍👩‍👧‍👦'.repeat(30),
  '\u0000',
  'a\u0007\u001b[31mb',
  '\u202etxt.exe',
  'a\nb\r\nc',
  '../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\system32',
  '..',
  '%2e%2e%2f',
  'item-001/../../staff',
  '2026-02-30',
  '2026-13-01',
  '2026-10-01T00:00:00Z',
  '24:00',
  '9:00',
  '１２３',
  'constructor',
  '__proto__',
  "item-001' OR '1'='1",
  { $gt: '' },
  { $ne: null },
  { $regex: '.*' },
  { $where: 'sleep(1000)' },
  [],
  [null],
  ['item-001', 'item-001'],
  Array.from({ length: 1000 }, (_, i) => `item-${i}`),
  {},
  { value: { nested: { deep: [1, 2, 3] } } },
]

const POLLUTERS = [
  '{"__proto__": {"polluted": "yes", "roles": ["admin"], "isAdmin": true}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"__proto__": null}',
]

type Path = (string | number)[]

const isObject = (value: unknown): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Every path into a value: `['applicant', 'name']`, `['itemIds', 0]`. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])])
  if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])])
  return []
}

function withAt(base: Json, path: Path, value: Json | undefined): Json {
  const copy = structuredClone(base) as any
  let at = copy
  for (const key of path.slice(0, -1)) at = at[key]
  const last = path[path.length - 1]
  if (value === undefined) {
    if (Array.isArray(at)) at.splice(last as number, 1)
    else delete at[last]
  } else at[last] = value
  return copy
}

/** Keys a valibot object schema (or an intersection or union of them) names. */
export function schemaKeys(schema: any): string[] {
  if (!schema || typeof schema !== 'object') return []
  if (schema.entries && typeof schema.entries === 'object') return Object.keys(schema.entries)
  if (Array.isArray(schema.options)) return [...new Set(schema.options.flatMap(schemaKeys))] as string[]
  if (schema.wrapped) return schemaKeys(schema.wrapped)
  return []
}

/** A label for a failure report: the path and a short look at the value. */
export interface Malformed {
  label: string
  input: Json
}

const show = (value: Json | undefined) => {
  const text = value === undefined ? 'missing' : JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 37)}…(${text.length})` : text
}

/**
 * A few hundred malformed inputs for an action whose valid input is `base` and whose schema
 * names `keys` (optional ones included). Deterministic: fast-check runs with a fixed seed.
 */
export function malformedInputs(base: Json, keys: string[], seed = 8): Malformed[] {
  const out: Malformed[] = []
  for (const value of [null, 0, 'x', true, [], [base], HUGE] as Json[]) out.push({ label: `input ${show(value)}`, input: value })
  for (const text of POLLUTERS) {
    const extra = JSON.parse(text) as Record<string, Json>
    out.push({ label: `input with ${text.slice(0, 30)}`, input: JSON.parse(JSON.stringify({ ...(isObject(base) ? base : {}), ...extra })) })
    // the same keys one level down, in each object field of the input
    for (const path of pathsOf(base).filter((p) => isObject(pathValue(base, p)))) {
      out.push({ label: `${path.join('.')} with ${text.slice(0, 20)}`, input: withAt(base, path, { ...(pathValue(base, path) as object), ...extra } as Json) })
    }
  }
  const paths = pathsOf(base)
  const known = new Set(paths.map((p) => p.join('.')))
  const extraKeys = keys.filter((k) => !known.has(k)).map((k) => [k] as Path)
  for (const path of [...paths, ...extraKeys]) {
    if (known.has(path.join('.'))) out.push({ label: `${path.join('.')} missing`, input: withAt(base, path, undefined) })
    for (const value of HOSTILE_VALUES) out.push({ label: `${path.join('.')} = ${show(value)}`, input: withAt(isObject(base) ? base : {}, path, value) })
  }
  const anyJson = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>
  for (const [i, value] of fc.sample(anyJson, { numRuns: 40, seed }).entries()) out.push({ label: `random #${i} ${show(value)}`, input: value })
  const keyed = fc.dictionary(fc.constantFrom(...(keys.length ? keys : ['id'])), anyJson, { maxKeys: 6 }) as fc.Arbitrary<Json>
  for (const [i, value] of fc.sample(keyed, { numRuns: 60, seed: seed + 1 }).entries()) out.push({ label: `random keys #${i} ${show(value)}`, input: value })
  return out.map((m) => ({ ...m, input: JSON.parse(JSON.stringify(m.input)) as Json }))
}

function pathValue(base: Json, path: Path): Json {
  let at: any = base
  for (const key of path) at = at[key]
  return at
}
