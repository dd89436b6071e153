import { decodeEjson, isPlainObject } from './ejson'
import { type Failure, invalidParam } from './errors'
import { resolveServerDates } from './serverDate'

/**
 * Reads the fields of one request body. Every reader answers a usable default and
 * remembers the first problem, so an action reads all it needs and then checks once:
 *
 *   const read = createParamReader(body, now)
 *   const query = read.ejsonObject('query')
 *   if (read.problem()) return read.problem()
 */
export interface ParamReader {
  collection(): string
  /** An EJSON string holding an object, with `db.serverDate()` markers resolved; absent or '' is {}. */
  ejsonObject(name: string): Record<string, unknown>
  /** An array of EJSON strings, each holding an object. */
  ejsonObjects(name: string): Record<string, unknown>[]
  integer(name: string, fallback: number): number
  boolean(name: string, fallback: boolean): boolean
  /** A non-empty string, or undefined when absent. */
  optionalString(name: string): string | undefined
  string(name: string): string
  problem(): Failure | undefined
}

export function createParamReader(params: Record<string, unknown>, now: Date): ParamReader {
  let problem: Failure | undefined
  const complain = (message: string) => {
    problem ??= invalidParam(message)
  }

  const decodeObject = (text: unknown, what: string): Record<string, unknown> => {
    if (typeof text !== 'string') {
      complain(`${what} must be an EJSON string`)
      return {}
    }
    const decoded = decodeEjson(text, what)
    if (!decoded.ok) {
      problem ??= decoded
      return {}
    }
    if (!isPlainObject(decoded.value)) {
      complain(`${what} must hold an object`)
      return {}
    }
    return resolveServerDates(decoded.value, now) as Record<string, unknown>
  }

  const reader: ParamReader = {
    collection() {
      const name = params.collectionName
      if (typeof name === 'string' && name !== '') return name
      complain('collectionName must be a non-empty string')
      return ''
    },
    ejsonObject(name) {
      const value = params[name]
      return value === undefined || value === '' ? {} : decodeObject(value, name)
    },
    ejsonObjects(name) {
      const value = params[name]
      if (!Array.isArray(value)) {
        complain(`${name} must be an array of EJSON strings`)
        return []
      }
      return value.map((item, i) => decodeObject(item, `${name}[${i}]`))
    },
    integer(name, fallback) {
      const value = params[name]
      if (value === undefined || value === null) return fallback
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value
      complain(`${name} must be a non-negative integer`)
      return fallback
    },
    boolean(name, fallback) {
      const value = params[name]
      if (value === undefined) return fallback
      if (typeof value === 'boolean') return value
      complain(`${name} must be a boolean`)
      return fallback
    },
    optionalString(name) {
      const value = params[name]
      if (value === undefined || value === null || value === '') return undefined
      if (typeof value === 'string') return value
      complain(`${name} must be a string`)
      return undefined
    },
    string(name) {
      const value = reader.optionalString(name)
      if (value === undefined) complain(`${name} is required`)
      return value ?? ''
    },
    problem: () => problem,
  }
  return reader
}
