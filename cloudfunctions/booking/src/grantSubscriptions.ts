import { action, fail, ok } from '@shared/api'
import { subscriptionGrantSchema } from '@shared/settings'
import type { ActionContext } from '../../../server/context'
import { grantRepository } from '../../../server/notify/grantRepository'
import { settingsRepository } from '../../../server/repositories/settings'

/**
 * `subscriptions.grant`: records what the caller allowed when the app asked
 * (`requestSubscribeMessage`): each `accept` of a one-time template is one
 * message the scheduler may send them; an `accept` of a long-term template
 * allows every message of it until a later ask is declined. The scheduler
 * sends nothing without a grant (the outbox says `skipped`). Citizens report
 * on booking, staff from their queue, the section from its inbox. Only the
 * settings' templates count, all of one term as WeChat asks; a repeated
 * `requestId` counts once. Answers the messages now left per template (a
 * long-term one: 1 while on), so the app can say whether messages will
 * arrive. Requests: 1 (settings) + 1 or 2 per answered template + 1 (the counts).
 */
export const grantSubscriptionsAction = action(subscriptionGrantSchema, async (input, ctx: ActionContext) => {
  const openid = ctx.caller.openid
  if (!openid) return fail('UNAUTHENTICATED')
  const { settings } = await settingsRepository(ctx.db).load()
  const terms = new Map(Object.values(settings.templates).map((t) => [t?.templateId, t?.subscription]))
  const ids = Object.keys(input.answers)
  if (ids.some((id) => !terms.has(id))) {
    const message = '未知的消息模板，请刷新后重试'
    return fail('INVALID_INPUT', message, { answers: message })
  }
  // WeChat never answers one ask with both kinds (platform.md): such a report was not its answer.
  if (new Set(ids.map((id) => terms.get(id))).size > 1) {
    const message = '一次订阅不能同时包含一次性和长期消息，请刷新后重试'
    return fail('INVALID_INPUT', message, { answers: message })
  }
  const grants = grantRepository(ctx.db)
  const now = ctx.now().getTime()
  for (const id of ids) {
    const term = terms.get(id) ?? 'one-time'
    if (input.answers[id] === 'accept') await grants.add(openid, id, input.requestId, now, term)
    // A long-term template declined (or banned) now is off, whatever was allowed before; `filter` is WeChat's, not the user's.
    else if (term === 'long-term' && input.answers[id] !== 'filter') await grants.switchOff(openid, id, now)
  }
  return ok({ remaining: await grants.remaining(openid, ids) })
})
