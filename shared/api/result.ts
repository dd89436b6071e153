import { ERROR_MESSAGES, type ErrorCode } from '../errors'

/** A field-level problem: the field's path (`applicant.phone`) and a Chinese message. */
export type FieldErrors = Record<string, string>

export interface ApiError {
  code: ErrorCode
  message: string
  fields?: FieldErrors
}

/** What every cloud function answers (docs/architecture.md, "Cloud function contract"). */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

export function ok<T>(data: T): ApiResult<T> {
  return { ok: true, data }
}

/** A failure with the code's standard message unless a more precise one is given. */
export function fail(code: ErrorCode, message?: string, fields?: FieldErrors): { ok: false; error: ApiError } {
  const error: ApiError = { code, message: message ?? ERROR_MESSAGES[code] }
  if (fields && Object.keys(fields).length > 0) error.fields = fields
  return { ok: false, error }
}
