import * as v from 'valibot'

/**
 * Record ids are short plain strings. Anything else — an object such as
 * `{"$gt": ""}`, a path, an over-long string — is refused before it could
 * reach a query.
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

export function idSchema(label: string) {
  return v.pipe(v.string(`${label}格式不正确`), v.regex(ID_PATTERN, `${label}格式不正确`))
}
