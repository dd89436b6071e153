import { fail, ok } from '@shared/api'
import { complaintResolution, complaintResolveSchema, type Complaint } from '@shared/feedback'
import { EVIDENCE_MAX } from '@shared/supervision'
import { civilDateOf } from '@shared/time'
import { complaintFindingId, findingRepository } from '@server/supervision/findingRepository'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { complaintRepository } from '@server/feedback/complaintRepository'
import { complaintView } from '@server/feedback/views'
import { complaintResolvedMessage } from '@server/feedback/complaintMessage'
import { outboxRepository } from '@server/notify/outboxRepository'

/**
 * An upheld complaint about a window becomes a supervision finding (R20,
 * R23), once: its id comes from the complaint's, so the retry of a resolve
 * whose instance died before this write (the same `requestId`) writes it then.
 */
async function countUpheld(ctx: ActionContext, complaint: Complaint): Promise<void> {
  const { resolution } = complaint
  if (!resolution?.upheld || !complaint.windowId) return
  const evidence = `投诉：${complaint.text}；处理结果：${resolution.note}`.slice(0, EVIDENCE_MAX)
  await findingRepository(ctx.db).insertOnce({
    id: complaintFindingId(complaint.id),
    kind: 'complaint',
    channel: complaint.channel ?? 'mini-program',
    windowId: complaint.windowId,
    date: civilDateOf(resolution.at),
    evidence,
    complaintId: complaint.id,
    recordedBy: resolution.by,
    recordedAt: resolution.at,
  })
}

/**
 * What follows a resolution, each once whatever the retries (ids from the
 * complaint's): the finding of an upheld complaint (R23), and the message
 * telling the complainant the answer, in WeChat or by SMS (R20).
 */
async function afterResolve(ctx: ActionContext, complaint: Complaint, now: number): Promise<void> {
  await countUpheld(ctx, complaint)
  const message = complaintResolvedMessage(complaint, now)
  if (message) await outboxRepository(ctx.db).queueOnce(message)
}

/**
 * `complaints.resolve` (R20): the section answers a complaint with a note
 * the citizen reads in 我的投诉, says whether it was upheld, and for a
 * phone or 12345 complaint confirms it called the complainant back
 * (`complaintResolution`). An upheld one about a window counts in
 * supervision (`countUpheld`); the complainant is sent the answer
 * (`afterResolve`). Only over the version read (`CONFLICT`
 * otherwise); the same `requestId` again answers the result; a resolved
 * complaint is `INVALID_TRANSITION`. Requests: 4 (staff record, complaint, save, message), +1 upheld about a window.
 */
export const resolveComplaintAction = guarded(['section'], complaintResolveSchema, async (input, ctx: ActionContext, actor) => {
  const complaints = complaintRepository(ctx.db)
  const complaint = await complaints.get(input.complaintId)
  if (!complaint) return fail('NOT_FOUND')
  const now = ctx.now().getTime()
  if (complaint.lastRequestId === input.requestId) {
    await afterResolve(ctx, complaint, now)
    return ok({ complaint: complaintView(complaint, now) })
  }
  if (complaint.version !== input.version) return fail('CONFLICT')
  const resolution = complaintResolution(complaint, input, actor.staff?.id ?? actor.openid, now)
  if (!resolution.ok) return resolution
  if (!(await complaints.resolve(complaint, resolution.data, input.requestId))) {
    const current = await complaints.get(complaint.id)
    if (current?.lastRequestId !== input.requestId) return fail('CONFLICT')
    await afterResolve(ctx, current, now)
    return ok({ complaint: complaintView(current, now) })
  }
  const resolved = { ...complaint, status: 'resolved' as const, resolution: resolution.data, version: complaint.version + 1 }
  await afterResolve(ctx, resolved, now)
  return ok({ complaint: complaintView(resolved, now) })
})
