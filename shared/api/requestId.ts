import * as v from 'valibot'

/**
 * A client-made id for a write that may be repeated (a double tap, a retry on
 * a flaky network): the server gives the same request one effect.
 */
export const requestIdSchema = v.pipe(
  v.string('请求编号缺失，请刷新后重试'),
  v.regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不正确，请刷新后重试'),
)
