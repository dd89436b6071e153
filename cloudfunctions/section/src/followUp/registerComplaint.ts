import { fail, ok } from '@shared/api'
import { complaintRegisterSchema, followUpDueAt, type Complaint } from '@shared/feedback'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { referenceData } from '@server/referenceData'
import { windowRepository } from '@server/repositories/org'
import { complaintIdFor, complaintRepository } from '@server/feedback/complaintRepository'
import { complaintView } from '@server/feedback/views'

/**
 * `complaints.register` (R20): the section enters a complaint taken by phone
 * or from 12345 (every channel reaches the same desk), with the caller's
 * name and phone to call back and the window it is about when known; it is
 * then handled like one from the mini-program, within `followUpWorkingDays`.
 * Once per section member and `requestId`. Requests: staff record, window
 * (when named), insert; calendar and settings cached.
 */
export const registerComplaintAction = guarded(['section'], complaintRegisterSchema, async (input, ctx: ActionContext, actor) => {
  const by = actor.staff?.id ?? actor.openid
  if (input.windowId && !(await windowRepository(ctx.db).get(input.windowId))) return fail('INVALID_INPUT', '请选择涉及的窗口', { windowId: '请选择涉及的窗口' })
  const { calendar, settings } = await referenceData(ctx)
  const now = ctx.now().getTime()
  const complaint: Complaint = {
    id: complaintIdFor(`section:${by}`, input.requestId),
    channel: input.channel,
    contact: { name: input.callerName, phone: input.callerPhone },
    registeredBy: by,
    ...(input.windowId ? { windowId: input.windowId } : {}),
    text: input.text,
    at: now,
    dueAt: followUpDueAt(now, settings.followUpWorkingDays, calendar),
    status: 'open',
    version: 1,
    requestId: input.requestId,
  }
  const saved = await complaintRepository(ctx.db).create(complaint)
  return ok({ complaint: complaintView(saved.complaint, now), created: saved.created })
})
