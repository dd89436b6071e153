import * as v from 'valibot'

/**
 * `v.object` whose missing keys get the field's own Chinese message. valibot
 * reports a missing key with the object's message ("Invalid key: Expected
 * \"name\"…" by default); here a missing key reads as the field's schema
 * reads `undefined` ("请填写事项名称"), and a non-object as `message`.
 */
export function fieldsObject<const E extends v.ObjectEntries>(entries: E, message = '填写的信息格式不正确') {
  return v.object(entries, (issue) => {
    const key = issue.path?.at(-1)?.key
    const entry = typeof key === 'string' && Object.prototype.hasOwnProperty.call(entries, key) ? entries[key] : undefined
    if (!entry) return message
    const missing = v.safeParse(entry, undefined)
    return missing.success ? message : missing.issues[0].message
  })
}

/**
 * Whatever a schema leaves without a message of its own still reaches the
 * citizen in Chinese, never as valibot's English default.
 */
v.setGlobalMessage((issue) => (issue.kind === 'schema' && issue.received === 'undefined' ? '缺少必填项' : '填写的信息格式不正确'))
