import { action, fail, noInputSchema, ok } from '@shared/api'
import type { ActionContext } from '../../../../server/context'
import { complaintRepository } from '../../../../server/feedback/complaintRepository'
import { complaintView } from '../../../../server/feedback/views'

/** `complaints.mine` (R20): the caller's own complaints with their outcomes, newest first. One request. */
export const myComplaintsAction = action(noInputSchema, async (_input, ctx: ActionContext) => {
  const openid = ctx.caller.openid
  if (!openid) return fail('UNAUTHENTICATED')
  const now = ctx.now().getTime()
  const own = await complaintRepository(ctx.db).listOwn(openid)
  return ok({ complaints: own.map((c) => complaintView(c, now)) })
})
