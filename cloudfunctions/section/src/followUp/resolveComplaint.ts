import { fail, ok } from '@shared/api'
import { complaintResolution, complaintResolveSchema, type Complaint } from '@shared/feedback'
import { EVIDENCE_MAX } from '@shared/supervision'
import { civilDateOf } from '@shared/time'
import { complaintFindingId, findingRepository } from '@server/supervision/findingRepository'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { complaintRepository } from '@server/feedback/complaintRepository'
import { complaintView } from '@server/feedback/views'

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
 * `complaints.resolve` (R20): the section answers a complaint with a note
 * the citizen reads in 我的投诉, says whether it was upheld, and for a
 * phone or 12345 complaint confirms it called the complainant back
 * (`complaintResolution`: no SMS yet). An upheld one about a window counts
 * in supervision (`countUpheld`). Only over the version read (`CONFLICT`
 * otherwise); the same `requestId` again answers the result; a resolved
 * complaint is `INVALID_TRANSITION`. Requests: 3 (staff record, complaint, save), +1 upheld about a window.
 */
export const resolveComplaintAction = guarded(['section'], complaintResolveSchema, async (input, ctx: ActionContext, actor) => {
  const complaints = complaintRepository(ctx.db)
  const complaint = await complaints.get(input.complaintId)
  if (!complaint) return fail('NOT_FOUND')
  const now = ctx.now().getTime()
  if (complaint.lastRequestId === input.requestId) {
    await countUpheld(ctx, complaint)
    return ok({ complaint: complaintView(complaint, now) })
  }
  if (complaint.version !== input.version) return fail('CONFLICT')
  const resolution = complaintResolution(complaint, input, actor.staff?.id ?? actor.openid, now)
  if (!resolution.ok) return resolution
  if (!(await complaints.resolve(complaint, resolution.data, input.requestId))) {
    const current = await complaints.get(complaint.id)
    if (current?.lastRequestId !== input.requestId) return fail('CONFLICT')
    await countUpheld(ctx, current)
    return ok({ complaint: complaintView(current, now) })
  }
  const resolved = { ...complaint, status: 'resolved' as const, resolution: resolution.data, version: complaint.version + 1 }
  await countUpheld(ctx, resolved)
  return ok({ complaint: complaintView(resolved, now) })
})
