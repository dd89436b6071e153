/**
 * Fault injection for `subscribeMessage.send` (dev API `POST /__dev/faults`), so tests can
 * prove that a failed message never fails a user's action and that the scheduler's outbox
 * ends every message `sent` or `failed` (docs/architecture.md, "Notifications"; issue 8).
 *
 * Off by default and kept in memory only: a restart or `/__dev/reset` turns it off.
 * Deterministic, not random: with `rate` r the n-th send (from 1) fails when
 * floor(n·r) > floor((n−1)·r), so 0.5 fails every second send; the failures take the
 * `errors` in turn. A number is answered as WeChat's `{ errcode, errmsg }` (the SDK throws
 * it as `errCode`); `'network'` drops the connection before any answer.
 */
export type InjectedError = number | 'network'

export interface SendFaults {
  /** share of sends that fail, 0–1 */
  rate: number
  errors: InjectedError[]
}

export interface FaultState {
  subscribeMessage: (SendFaults & { attempts: number; injected: number }) | null
}

export interface Faults {
  state(): FaultState
  /** replaces the settings; `null` turns the faults of that API off */
  set(subscribeMessage: SendFaults | null): FaultState
  /** counts one send; the error to inject, or null to let it through */
  nextSend(): InjectedError | null
}

/** WeChat's texts for the codes a test is likely to inject. */
const MESSAGES: Record<number, string> = {
  [-1]: 'system error',
  43101: 'user refuse to accept the msg',
  45009: 'reach max api daily quota limit',
}

export const faultMessage = (code: number): string => MESSAGES[code] ?? `fault injected (errcode ${code})`

/** Checks a `POST /__dev/faults` body's `subscribeMessage`; a reason when it is not one. */
export function parseSendFaults(value: unknown): SendFaults | null | string {
  if (value === null || value === false) return null
  if (typeof value !== 'object' || Array.isArray(value)) return 'subscribeMessage must be { rate, errors } or null'
  const { rate, errors } = value as Record<string, unknown>
  if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) return 'rate must be a number from 0 to 1'
  const list = errors ?? [-1]
  if (!Array.isArray(list) || list.length === 0) return 'errors must be a non-empty list of WeChat error codes or "network"'
  for (const e of list) {
    if (e !== 'network' && !(Number.isInteger(e) && e !== 0)) return `errors: ${JSON.stringify(e)} is neither a non-zero errcode nor "network"`
  }
  return { rate, errors: list as InjectedError[] }
}

export function createFaults(): Faults {
  let send: FaultState['subscribeMessage'] = null
  const state = (): FaultState => ({ subscribeMessage: send ? { ...send, errors: [...send.errors] } : null })
  return {
    state,
    set(subscribeMessage) {
      send = subscribeMessage ? { ...subscribeMessage, attempts: 0, injected: 0 } : null
      return state()
    },
    nextSend() {
      if (!send) return null
      send.attempts += 1
      const n = send.attempts
      if (Math.floor(n * send.rate) <= Math.floor((n - 1) * send.rate)) return null
      const error = send.errors[send.injected % send.errors.length]
      send.injected += 1
      return error
    },
  }
}
