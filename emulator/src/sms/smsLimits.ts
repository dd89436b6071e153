import type { SmsEntry } from '../devstore/devStore'

/**
 * Tencent's default frequency limits per phone number (emulator/README.md, "SMS"): the
 * same content at most once in 30 seconds, and at most a number of messages an hour and a
 * calendar day (Beijing). The console lets an organisation change them; so does the
 * emulator's `sms.limits` option.
 */
export interface SmsLimits {
  sameContentSeconds: number
  perHour: number
  perDay: number
}

export const DEFAULT_SMS_LIMITS: SmsLimits = { sameContentSeconds: 30, perHour: 5, perDay: 10 }

const HOUR_MS = 60 * 60_000
const BEIJING_OFFSET_MS = 8 * HOUR_MS
const DAY_MS = 24 * HOUR_MS

/** The start of the Beijing calendar day holding `nowMs`. */
export function beijingDayStart(nowMs: number): number {
  return Math.floor((nowMs + BEIJING_OFFSET_MS) / DAY_MS) * DAY_MS - BEIJING_OFFSET_MS
}

/** The earliest moment any limit looks back to. */
export function lookBackFrom(nowMs: number): number {
  return Math.min(beijingDayStart(nowMs), nowMs - HOUR_MS)
}

/**
 * The per-number code a new message gets from what was delivered to the number before
 * (`delivered`, oldest first, since `lookBackFrom(nowMs)`), or null when it may go.
 */
export function limitCode(delivered: readonly Pick<SmsEntry, 'atMs' | 'text'>[], text: string, nowMs: number, limits: SmsLimits): string | null {
  if (delivered.some((d) => d.text === text && nowMs - d.atMs < limits.sameContentSeconds * 1000)) return 'LimitExceeded.PhoneNumberThirtySecondLimit'
  if (delivered.filter((d) => nowMs - d.atMs < HOUR_MS).length >= limits.perHour) return 'LimitExceeded.PhoneNumberOneHourLimit'
  if (delivered.filter((d) => d.atMs >= beijingDayStart(nowMs)).length >= limits.perDay) return 'LimitExceeded.PhoneNumberDailyLimit'
  return null
}
