import type { SubscribeAnswer } from '../../api/subscribe'
import { callCloud } from '../../api/cloud'

/**
 * Tells the server what the user allowed (`booking` `subscriptions.grant`),
 * so that the scheduler sends what was allowed and nothing else, and answers
 * whether messages will arrive: true when a template has a message left.
 * Nothing is sent when nothing was accepted; a failed report is a "no".
 *
 * @example await reportGrants({ CONFIRM: 'accept' }, 'req12345') // true
 */
export async function reportGrants(answers: Record<string, SubscribeAnswer>, requestId: string): Promise<{ on: boolean; remaining: Record<string, number> }> {
  if (!Object.values(answers).includes('accept')) return { on: false, remaining: {} }
  const result = await callCloud('booking', 'subscriptions.grant', { requestId, answers })
  if (!result.ok) return { on: false, remaining: {} }
  return { on: Object.values(result.data.remaining).some((n) => n > 0), remaining: result.data.remaining }
}
