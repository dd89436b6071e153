import type { SubscriptionTerm } from '@shared/settings'
import type { Database } from '../cloud'
import { collection } from '../db'

/**
 * What one user allowed of one subscription template (docs/platform.md): each
 * `accept` of a one-time template is good for exactly one message, so the
 * grants are counted. A long-term template's `accept` is good for every
 * message until the user switches it off: `longTerm`, `remaining` 1 (on) or
 * 0 (off), never used up by a send. `requestIds` are the last grants
 * recorded, so a repeated report (a retry, a double tap) counts once.
 */
export interface SubscriptionGrant {
  id: string
  openid: string
  templateId: string
  remaining: number
  longTerm?: boolean
  requestIds: string[]
  updatedAt: number
}

/** The request ids a grant keeps to recognise a repeated report. */
const KEPT_REQUEST_IDS = 20

/** Neither an OPENID nor a template id holds a colon. */
const grantId = (openid: string, templateId: string) => `${openid}:${templateId}`

/**
 * What the sender needs of the grants: take one before a send (a long-term
 * grant is only looked at), give a one-time one back when WeChat never got
 * the message.
 */
export interface Grants {
  take(openid: string, templateId: string, term: SubscriptionTerm): Promise<boolean>
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
    /** Counts one accepted message for a one-time `templateId` (once per `requestId`); turns a long-term one on. */
    async add(openid: string, templateId: string, requestId: string, now: number, term: SubscriptionTerm = 'one-time'): Promise<void> {
      const id = grantId(openid, templateId)
      if (term === 'long-term') {
        if ((await grants.insertOnce({ id, openid, templateId, remaining: 1, longTerm: true, requestIds: [requestId], updatedAt: now })).created) return
        await grants.updateWhere({ _id: id }, { remaining: 1, longTerm: true, updatedAt: now })
        return
      }
      if ((await grants.insertOnce({ id, openid, templateId, remaining: 1, requestIds: [requestId], updatedAt: now })).created) return
      await grants.updateWhere(
        { _id: id, requestIds: _.neq(requestId) },
        { remaining: _.inc(1), requestIds: _.push({ each: [requestId], slice: -KEPT_REQUEST_IDS }), updatedAt: now },
      )
    },

    /** Uses one grant of a one-time template, or finds a long-term one on: false when none (nothing is then sent). */
    async take(openid: string, templateId: string, term: SubscriptionTerm): Promise<boolean> {
      if (term === 'long-term') return ((await grants.get(grantId(openid, templateId)))?.remaining ?? 0) > 0
      return (await grants.updateWhere({ _id: grantId(openid, templateId), remaining: _.gt(0) }, { remaining: _.inc(-1) })) === 1
    },
    /** A long-term grant the user declined in a later ask: nothing more is sent until they allow it again. */
    async switchOff(openid: string, templateId: string, now: number): Promise<void> {
      await grants.updateWhere({ _id: grantId(openid, templateId), longTerm: true }, { remaining: 0, updatedAt: now })
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
