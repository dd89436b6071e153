import { fail, ok } from '@shared/api'
import { complaintResolveSchema } from '@shared/feedback'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { complaintRepository } from '@server/feedback/complaintRepository'
import { complaintView } from '@server/feedback/views'

/**
 * `complaints.resolve` (R20): the section answers a complaint with a note
 * the citizen reads in 我的投诉. Only over the version read (`CONFLICT`
 * otherwise); the same `requestId` again answers the result; a resolved
 * complaint is `INVALID_TRANSITION`. Requests: 3 (staff record, complaint, save).
 */
export const resolveComplaintAction = guarded(['section'], complaintResolveSchema, async (input, ctx: ActionContext, actor) => {
  const complaints = complaintRepository(ctx.db)
  const complaint = await complaints.get(input.complaintId)
  if (!complaint) return fail('NOT_FOUND')
  const now = ctx.now().getTime()
  if (complaint.lastRequestId === input.requestId) return ok({ complaint: complaintView(complaint, now) })
  if (complaint.version !== input.version) return fail('CONFLICT')
  if (complaint.status === 'resolved') return fail('INVALID_TRANSITION', '这条投诉已经处理过了')

  const resolution = { note: input.note, at: now, by: actor.staff?.id ?? actor.openid }
  if (!(await complaints.resolve(complaint, resolution, input.requestId))) {
    const current = await complaints.get(complaint.id)
    return current?.lastRequestId === input.requestId ? ok({ complaint: complaintView(current, now) }) : fail('CONFLICT')
  }
  const resolved = { ...complaint, status: 'resolved' as const, resolution, version: complaint.version + 1 }
  return ok({ complaint: complaintView(resolved, now) })
})
