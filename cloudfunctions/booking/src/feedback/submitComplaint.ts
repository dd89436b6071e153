import { action, fail, ok } from '@shared/api'
import { complaintSubmitSchema, followUpDueAt, type Complaint } from '@shared/feedback'
import { civilDateOf } from '@shared/time'
import type { ActionContext } from '@server/context'
import { appointmentRepository } from '@server/appointments/appointmentRepository'
import { referenceData } from '@server/referenceData'
import { complaintIdFor, complaintRepository } from '@server/feedback/complaintRepository'
import { complaintView } from '@server/feedback/views'

/**
 * `complaints.submit` (R20): a citizen complains, about one of their own
 * appointments or about the centre in general. The section must answer
 * within `followUpWorkingDays` working days; a citizen may leave a phone to
 * be called back on (`contactPhone`). An appointment that is not the
 * caller's is `NOT_FOUND` and nothing is written; the same `requestId` again
 * answers the complaint already filed. At most `settings.complaintsPerDay`
 * per person and Beijing day (issue 13: one account filed 200 in 1.4 s),
 * then `LIMIT_REACHED`, nothing written.
 * Requests: 2 (the day's count, insert), + 1 with an appointment, + 1 on the
 * first of the day, + 2 on a cold instance; a retry gives its count back (+2).
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
    ...(input.contactPhone ? { contact: { phone: input.contactPhone } } : {}),
    at: now,
    dueAt: followUpDueAt(now, settings.followUpWorkingDays, calendar),
    status: 'open',
    version: 1,
    requestId: input.requestId,
  }
  const repository = complaintRepository(ctx.db)
  const today = civilDateOf(now)
  if (!(await repository.takeDailyQuota(openid, today, settings.complaintsPerDay))) {
    // the day's count is used up; a retry of one already filed still answers it
    const filed = await repository.get(complaint.id)
    if (filed) return ok({ complaint: complaintView(filed, now) })
    return fail('LIMIT_REACHED', `每人每天最多提交${settings.complaintsPerDay}条投诉，请明天再提交；紧急情况请拨打中心电话`)
  }
  const saved = await repository.create(complaint)
  if (!saved.created) await repository.returnDailyQuota(openid, today)
  return ok({ complaint: complaintView(saved.complaint, now) })
})
