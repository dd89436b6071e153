/**
 * An SMS outage on demand (`POST /__dev/faults` with `sms`), as ../openapi/faults.ts does for
 * subscription messages: off by default, in memory only, deterministic. With `rate` r the
 * n-th `SendSms` (from 1) fails when floor(n·r) > floor((n−1)·r); the failures take the
 * `errors` in turn: a code is answered as Tencent's request-level `Response.Error`
 * (`InternalError.Timeout`, `RequestLimitExceeded`, …), `'network'` drops the connection.
 */
export type InjectedSmsError = string

export interface SmsFaults {
  rate: number
  errors: InjectedSmsError[]
}

export type SmsFaultState = (SmsFaults & { attempts: number; injected: number }) | null

export interface SmsFaultSwitch {
  state(): SmsFaultState
  set(faults: SmsFaults | null): SmsFaultState
  nextSend(): InjectedSmsError | null
}

/** Checks a `POST /__dev/faults` body's `sms`; a reason when it is not one. */
export function parseSmsFaults(value: unknown): SmsFaults | null | string {
  if (value === null || value === false) return null
  if (typeof value !== 'object' || Array.isArray(value)) return 'sms must be { rate, errors } or null'
  const { rate, errors } = value as Record<string, unknown>
  if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) return 'sms.rate must be a number from 0 to 1'
  const list = errors ?? ['InternalError.Timeout']
  if (!Array.isArray(list) || list.length === 0 || !list.every((e) => typeof e === 'string' && /^(network|[A-Za-z]+(\.[A-Za-z]+)*)$/.test(e))) {
    return 'sms.errors must be a non-empty list of Tencent error codes (e.g. "InternalError.Timeout") or "network"'
  }
  return { rate, errors: list as string[] }
}

export function createSmsFaults(): SmsFaultSwitch {
  let faults: SmsFaultState = null
  const state = (): SmsFaultState => (faults ? { ...faults, errors: [...faults.errors] } : null)
  return {
    state,
    set(next) {
      faults = next ? { ...next, attempts: 0, injected: 0 } : null
      return state()
    },
    nextSend() {
      if (!faults) return null
      faults.attempts += 1
      const n = faults.attempts
      if (Math.floor(n * faults.rate) <= Math.floor((n - 1) * faults.rate)) return null
      const error = faults.errors[faults.injected % faults.errors.length]
      faults.injected += 1
      return error
    },
  }
}
