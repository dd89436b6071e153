import { redeemFailures, redeemLockedUntil, type RedeemAttempts } from '@shared/org'
import type { Database } from '../cloud'
import { collection } from '../db'

/** What a claim of one attempt answers: go ahead, wait until, or another attempt of the same account is under way. */
export type RedeemClaim = { kind: 'claimed'; version: number } | { kind: 'locked'; until: number } | { kind: 'busy' }

/**
 * The `redeemAttempts` collection: one document per account that tried an
 * invite code (issue 13, item 7). An attempt is counted as a miss **before**
 * the code is looked up, over the version read, so 300 guesses sent at once
 * check at most one code at a time and the count never loses one; a
 * successful redemption sets it back to 0.
 */
export function redeemAttemptsRepository(db: Database) {
  const attempts = collection<RedeemAttempts>(db, 'redeemAttempts')
  const idOf = (openid: string) => `redeem-${openid}`
  return {
    /** Two requests: read, then the conditional write. */
    async claim(openid: string, now: number): Promise<RedeemClaim> {
      const id = idOf(openid)
      const prev = await attempts.get(id)
      const until = redeemLockedUntil(prev, now)
      if (until) return { kind: 'locked', until }
      const failures = redeemFailures(prev, now) + 1
      if (!prev) {
        // another attempt of the same account created it first: that one is under way
        return (await attempts.insertOnce({ id, failures, lastAt: now, version: 1 })).created ? { kind: 'claimed', version: 1 } : { kind: 'busy' }
      }
      const version = prev.version + 1
      const taken = await attempts.updateWhere({ _id: id, version: prev.version }, { failures, lastAt: now, version })
      return taken === 1 ? { kind: 'claimed', version } : { kind: 'busy' }
    },

    /** The code bound the account: its misses are forgiven. */
    async succeeded(openid: string, version: number): Promise<void> {
      await attempts.updateWhere({ _id: idOf(openid), version }, { failures: 0, version: version + 1 })
    },
  }
}
