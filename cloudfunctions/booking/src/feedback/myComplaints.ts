import { action, fail, ok, pageInputSchema, pageWindow } from '@shared/api'
import type { ActionContext } from '../../../../server/context'
import { complaintRepository } from '../../../../server/feedback/complaintRepository'
import { complaintView } from '../../../../server/feedback/views'

/** `complaints.mine` (R20): a page of the caller's own complaints with their outcomes, newest first. One request. */
export const myComplaintsAction = action(pageInputSchema, async (input, ctx: ActionContext) => {
  const openid = ctx.caller.openid
  if (!openid) return fail('UNAUTHENTICATED')
  const now = ctx.now().getTime()
  const page = await complaintRepository(ctx.db).listOwn(openid, pageWindow(input))
  return ok({ ...page, items: page.items.map((c) => complaintView(c, now)) })
})
