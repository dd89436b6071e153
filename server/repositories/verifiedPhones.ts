import type { Database } from '../cloud'
import { collection, isMissingCollection } from '../db'

const VERIFIED_PHONES = 'verifiedPhones'

/**
 * The number WeChat verified for an OPENID (R7): the whole record, one per
 * OPENID under its own id, so a citizen's later verification replaces the
 * earlier number. Kept only so that the desk's later registrations for that
 * number reach the citizen. A number WeChat verifies for one account is no
 * longer kept for any other: it has passed on (a carrier reassigns numbers).
 */
export interface VerifiedPhone {
  /** The OPENID. */
  id: string
  phone: string
  verifiedAt: number
}

/** The one place that reads and writes `verifiedPhones`. */
export function verifiedPhoneRepository(db: Database) {
  const phones = collection<VerifiedPhone>(db, VERIFIED_PHONES)
  return {
    /**
     * Records (or replaces) the caller's verified number and forgets it for
     * anyone else. Two requests, three the first time.
     */
    async record(openid: string, phone: string, now: number): Promise<void> {
      try {
        await db.collection(VERIFIED_PHONES).where({ phone }).remove()
      } catch (error) {
        if (!isMissingCollection(error)) throw error
      }
      const { created } = await phones.insertOnce({ id: openid, phone, verifiedAt: now })
      if (!created) await phones.updateWhere({ _id: openid }, { phone, verifiedAt: now })
    },

    /**
     * Who last verified `phone`: a number may have passed from one account to
     * another, and the latest verification is the one WeChat vouches for now.
     * One request (index `phone_verifiedAt_desc`).
     */
    async holderOf(phone: string): Promise<VerifiedPhone | null> {
      const [latest] = await phones.find({ phone }, { orderBy: [['verifiedAt', 'desc']], limit: 1 })
      return latest ?? null
    },
  }
}
