import { action, fail, ok } from '@shared/api'
import { complaintSubmitSchema, followUpDueAt, type Complaint } from '@shared/feedback'
import type { ActionContext } from '@server/context'
import { appointmentRepository } from '@server/appointments/appointmentRepository'
import { referenceData } from '@server/referenceData'
import { complaintIdFor, complaintRepository } from '@server/feedback/complaintRepository'
import { complaintView } from '@server/feedback/views'

/**
 * `complaints.submit` (R20): a citizen complains, about one of their own
 * appointments or about the centre in general. The section must answer
 * within `followUpWorkingDays` working days. An appointment that is not the
 * caller's is `NOT_FOUND` and nothing is written; the same `requestId` again
 * answers the complaint already filed.
 * Requests: 1 (insert), + 1 with an appointment, + 2 on a cold instance.
 */
export const submitComplaintAction = action(complaintSubmitSchema, async (input, ctx: ActionContext) => {
  const openid = ctx.caller.openid
  if (!openid) return fail('UNAUTHENTICATED')
  const [appointment, { calendar, settings }] = await Promise.all([
    input.appointmentId ? appointmentRepository(ctx.db).get(input.appointmentId) : Promise.resolve(null),
    referenceData(ctx),
  ])
  if (input.appointmentId && (!appointment || appointment.applicantOpenid !== openid)) {
    return fail('NOT_FOUND', '没有找到您的这次预约', { appointmentId: '没有找到您的这次预约' })
  }

  const now = ctx.now().getTime()
  const complaint: Complaint = {
    id: complaintIdFor(openid, input.requestId),
    openid,
    ...(appointment ? { appointmentId: appointment.id } : {}),
    ...(appointment?.leadWindowId ? { windowId: appointment.leadWindowId } : {}),
    text: input.text,
    at: now,
    dueAt: followUpDueAt(now, settings.followUpWorkingDays, calendar),
    status: 'open',
    version: 1,
    requestId: input.requestId,
  }
  const saved = await complaintRepository(ctx.db).create(complaint)
  return ok({ complaint: complaintView(saved, now) })
})
