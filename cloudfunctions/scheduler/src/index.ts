import { fail, ok } from '@shared/api'
import { currentCaller } from '../../../server/cloud'

/**
 * `scheduler`: runs only from its timer trigger (config.json). A call from a
 * mini-program user carries an OPENID and is refused.
 */
export async function main(): Promise<unknown> {
  const caller = currentCaller()
  if (caller.openid) return fail('FORBIDDEN')
  const ran: string[] = []
  return ok({ ran })
}
