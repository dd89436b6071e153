import { BSONRegExp, EJSON } from 'bson'
import { type Result, errorMessage, invalidParam, ok } from './errors'

/**
 * Parses one EJSON string from the SDK into plain JS values: numbers as numbers
 * (relaxed), `$date` as Date, and regular expressions as RegExp, because the query
 * engine (mingo) only understands the native RegExp.
 */
export function decodeEjson(text: string, what: string): Result<unknown> {
  try {
    return ok(parseEjson(text))
  } catch (e) {
    return invalidParam(`${what} is not valid EJSON: ${errorMessage(e)}`)
  }
}

/** The throwing form, for text the store wrote itself. */
export const parseEjson = (text: string): unknown => nativeRegExps(EJSON.parse(text, { relaxed: true }))

/** Canonical EJSON, so a Date stays a Date and an integer stays an integer on the way back. */
export function encodeEjson(value: unknown): string {
  return EJSON.stringify(value, { relaxed: false })
}

// BSON knows flags JS lacks (x, l); dropping them beats refusing the whole query.
const JS_FLAGS = new Set(['i', 'm', 's', 'u'])

function nativeRegExps(value: unknown): unknown {
  if (value instanceof BSONRegExp) {
    return new RegExp(value.pattern, [...value.options].filter((f) => JS_FLAGS.has(f)).join(''))
  }
  if (Array.isArray(value)) return value.map(nativeRegExps)
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nativeRegExps(v)]))
  }
  return value
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
