import * as v from 'valibot'
import { fieldErrors, type FieldErrors } from '@shared/api'

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors }

/**
 * Parses a form's fields with the schema the server uses, so the same Chinese
 * message shows beside a field before the request is ever sent.
 */
export function validateFields<S extends v.GenericSchema>(schema: S, input: unknown): Validated<v.InferOutput<S>> {
  const parsed = v.safeParse(schema, input)
  return parsed.success ? { ok: true, value: parsed.output } : { ok: false, errors: fieldErrors(parsed.issues) }
}
