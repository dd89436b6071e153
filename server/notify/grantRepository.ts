import type { Database } from '../cloud'
import { collection } from '../db'

/**
 * What one user allowed of one subscription template (platform.md): each
 * `accept` of a one-time template is good for exactly one message, so the
 * grants are counted. `requestIds` are the last grants recorded, so a
 * repeated report (a retry, a double tap) counts once.
 */
export interface SubscriptionGrant {
  id: string
  openid: string
  templateId: string
  remaining: number
  requestIds: string[]
  updatedAt: number
}

/** The request ids a grant keeps to recognise a repeated report. */
const KEPT_REQUEST_IDS = 20

/** Neither an OPENID nor a template id holds a colon. */
const grantId = (openid: string, templateId: string) => `${openid}:${templateId}`

/** What the sender needs of the grants: take one before a send, give it back when WeChat never got the message. */
export interface Grants {
  take(openid: string, templateId: string): Promise<boolean>
  giveBack(openid: string, templateId: string): Promise<void>
}

/**
 * The one place that writes the `subscriptionGrants` collection. Every
 * change is one atomic single-document write (an insert, or a conditional
 * update), so concurrent grants and sends neither lose nor double a count.
 */
export function grantRepository(db: Database) {
  const grants = collection<SubscriptionGrant>(db, 'subscriptionGrants')
  const _ = db.command
  return {
    /** Counts one accepted message for `templateId` (once per `requestId`). */
    async add(openid: string, templateId: string, requestId: string, now: number): Promise<void> {
      const id = grantId(openid, templateId)
      if ((await grants.insertOnce({ id, openid, templateId, remaining: 1, requestIds: [requestId], updatedAt: now })).created) return
      await grants.updateWhere(
        { _id: id, requestIds: _.neq(requestId) },
        { remaining: _.inc(1), requestIds: _.push({ each: [requestId], slice: -KEPT_REQUEST_IDS }), updatedAt: now },
      )
    },

    /** Uses one grant: false when none is left (nothing is then sent). */
    async take(openid: string, templateId: string): Promise<boolean> {
      return (await grants.updateWhere({ _id: grantId(openid, templateId), remaining: _.gt(0) }, { remaining: _.inc(-1) })) === 1
    },

    /** Returns a grant that a send did not use (WeChat never got the message). */
    async giveBack(openid: string, templateId: string): Promise<void> {
      await grants.updateWhere({ _id: grantId(openid, templateId) }, { remaining: _.inc(1) })
    },

    /** The messages left for each of `templateIds` (0 when never granted). One read. */
    async remaining(openid: string, templateIds: readonly string[]): Promise<Record<string, number>> {
      const found = await grants.find({ openid, templateId: _.in([...templateIds]) })
      return Object.fromEntries(templateIds.map((t) => [t, found.find((g) => g.templateId === t)?.remaining ?? 0]))
    },
  }
}
