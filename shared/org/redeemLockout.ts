/**
 * Guessing invite codes (issue 13, item 7). Each account (OPENID) has its own
 * count of attempts that did not bind it; after `FREE_REDEEM_ATTEMPTS` the
 * account waits, twice as long after each further miss, up to a day. Only
 * that account waits: nothing here is shared between callers, so no one can
 * lock out anyone else's redemption. A day without attempts starts over.
 */
export interface RedeemAttempts {
  /** `redeem-<openid>` */
  id: string
  /** Attempts since the last success (or since a quiet day), the one under way included. */
  failures: number
  /** When the last attempt began, epoch ms. */
  lastAt: number
  version: number
}

export const FREE_REDEEM_ATTEMPTS = 5
const FIRST_WAIT_MS = 60_000
const LONGEST_WAIT_MS = 24 * 3_600_000
/** After this long without an attempt, the count starts over. */
const FORGET_AFTER_MS = 24 * 3_600_000

/** Misses that still count at `now`: none after a quiet day. */
export function redeemFailures(attempts: RedeemAttempts | null, now: number): number {
  if (!attempts || now - attempts.lastAt >= FORGET_AFTER_MS) return 0
  return attempts.failures
}

/**
 * Until when the account may not try another code, epoch ms; 0 when it may now.
 * @example redeemLockedUntil({ failures: 6, lastAt: t, … }, t) // t + 2 min
 */
export function redeemLockedUntil(attempts: RedeemAttempts | null, now: number): number {
  const failures = redeemFailures(attempts, now)
  if (!attempts || failures < FREE_REDEEM_ATTEMPTS) return 0
  const wait = Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_REDEEM_ATTEMPTS), LONGEST_WAIT_MS)
  const until = attempts.lastAt + wait
  return until > now ? until : 0
}

/** The Chinese message for an account that must wait, in whole minutes (at least 1). */
export function redeemWaitMessage(until: number, now: number): string {
  const minutes = Math.max(1, Math.ceil((until - now) / 60_000))
  const wait = minutes >= 60 ? `${Math.ceil(minutes / 60)}小时` : `${minutes}分钟`
  return `邀请码输错次数过多，请${wait}后再试；如有疑问请联系管理员`
}
