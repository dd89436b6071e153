import * as v from 'valibot'
import { fail, type ApiResult, type FieldErrors } from './result'

/** One action of a cloud function: its input schema and its handler. */
export interface Action<Ctx, I = unknown, O = unknown> {
  input: v.GenericSchema<unknown, I>
  run(input: I, ctx: Ctx): Promise<ApiResult<O>>
}

export type ActionTable<Ctx> = Record<string, Action<Ctx, any, any>>

/** Declares an action with its input type inferred from the schema. */
export function action<Ctx, S extends v.GenericSchema, O>(
  input: S,
  run: (input: v.InferOutput<S>, ctx: Ctx) => Promise<ApiResult<O>>,
): Action<Ctx, v.InferOutput<S>, O> {
  return { input: input as v.GenericSchema<unknown, v.InferOutput<S>>, run }
}

const envelopeSchema = v.object({
  action: v.pipe(v.string(), v.maxLength(64)),
  input: v.optional(v.unknown()),
})

/** Turns valibot issues into `{ 'applicant.phone': '请填写正确的手机号' }`. */
export function fieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of issues) {
    const key = issue.path?.map((p) => String(p.key)).join('.') || '_'
    if (!(key in fields)) fields[key] = issue.message
  }
  return fields
}

/**
 * Runs one cloud function event `{ action, input }` against an action table.
 * Never throws: a bad envelope or input is `INVALID_INPUT` (nothing is read or
 * written before the input parses), a bug is `INTERNAL` and goes to `onBug`.
 */
export async function dispatch<Ctx>(
  event: unknown,
  actions: ActionTable<Ctx>,
  ctx: Ctx,
  onBug: (error: unknown) => void = () => {},
): Promise<ApiResult<unknown>> {
  const envelope = v.safeParse(envelopeSchema, event)
  if (!envelope.success) return fail('INVALID_INPUT', '请求格式不正确')
  const name = envelope.output.action
  const def = Object.prototype.hasOwnProperty.call(actions, name) ? actions[name] : undefined
  if (!def) return fail('INVALID_INPUT', `不支持的操作：${name.slice(0, 32)}`)
  const parsed = v.safeParse(def.input, envelope.output.input ?? {})
  if (!parsed.success) {
    const fields = fieldErrors(parsed.issues)
    const first = Object.values(fields)[0]
    return fail('INVALID_INPUT', first, fields)
  }
  try {
    return await def.run(parsed.output, ctx)
  } catch (error) {
    onBug(error)
    return fail('INTERNAL')
  }
}
