import { fail, ok } from '@shared/api'
import { isReviewable, visitRecordSchema, type Visit } from '@shared/feedback'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { appointmentRepository } from '@server/appointments/appointmentRepository'
import { visitRepository } from '@server/feedback/visitRepository'

/** Said when an appointment was visited already. */
const ALREADY_VISITED = '这次办理已经回访过了'

/**
 * `visits.record` (R20, 回访): the section records how it reached the
 * applicant of a completed appointment, what they said, and the
 * satisfaction heard; once per appointment (`CONFLICT` after), the same
 * `requestId` again answering the first record.
 * Requests: 3 (staff record, appointment, insert).
 */
export const recordVisitAction = guarded(['section'], visitRecordSchema, async (input, ctx: ActionContext, actor) => {
  const appointment = await appointmentRepository(ctx.db).get(input.appointmentId)
  if (!appointment) return fail('NOT_FOUND')
  if (!isReviewable(appointment.status)) return fail('INVALID_TRANSITION', '办理完成后才能回访')
  const visit: Visit = {
    id: appointment.id,
    appointmentId: appointment.id,
    windowId: appointment.leadWindowId ?? '',
    at: ctx.now().getTime(),
    by: actor.staff?.id ?? actor.openid,
    how: input.how,
    note: input.note,
    ...(input.satisfaction ? { satisfaction: input.satisfaction } : {}),
    requestId: input.requestId,
  }
  const saved = await visitRepository(ctx.db).create(visit)
  if (!saved.created && saved.visit.requestId !== input.requestId) return fail('CONFLICT', ALREADY_VISITED)
  const { requestId: _request, ...shown } = saved.visit
  return ok({ visit: shown })
})
