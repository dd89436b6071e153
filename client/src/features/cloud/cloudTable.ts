import type { ApiResult } from '@shared/api'

type Handler = (input: any) => ApiResult<unknown> | Promise<ApiResult<unknown>>

/**
 * Answers `callCloud` from a table keyed `'<function> <action>'`, for hook
 * tests; an action the table lacks fails the test loudly.
 */
export function cloudTable(table: Record<string, Handler>) {
  return async (name: string, action: string, input: unknown) => {
    const handler = table[`${name} ${action}`]
    if (!handler) throw new Error(`no answer for ${name} ${action}`)
    return handler(input)
  }
}
