import { departmentsOf, dispatchInputSchema, dispatchWindowsRefusal } from '@shared/appointments'
import type { ActionContext } from '../../../server/context'
import { guarded } from '../../../server/guard'
import type { StoredAppointment } from '../../../server/appointments/appointmentRepository'
import { runEvent } from '../../../server/appointments/runEvent'
import { windowRepository } from '../../../server/repositories/org'
import { itemsById } from './itemsById'

/**
 * `appointments.dispatch` (派单, R9, R13): the section sends a submitted
 * request to the lead window (主办), which must belong to the lead
 * department of the items, and to any assisting windows (配合), each of an
 * assisting department (`dispatchWindowsRefusal`, checked once the state
 * machine allows the step, before anything is saved). The windows learn of
 * it by subscription message (queued in the outbox). Two section members
 * dispatching at once: one wins, the other gets `CONFLICT`.
 * Requests: 1 (staff record) + 1 (appointment) + 2 (items, windows, in parallel) + 1 (save) + 1 per window's message.
 */
export const dispatchAction = guarded(['section'], dispatchInputSchema, (input, ctx: ActionContext, actor) => {
  const windows = { leadWindowId: input.leadWindowId, assistingWindowIds: input.assistingWindowIds }
  const check = async (appointment: StoredAppointment) => {
    const [items, found] = await Promise.all([
      itemsById(ctx, appointment.itemIds),
      windowRepository(ctx.db).find({ _id: ctx.db.command.in([windows.leadWindowId, ...windows.assistingWindowIds]) }),
    ])
    return dispatchWindowsRefusal(windows, departmentsOf(appointment.itemIds, items), new Map(found.map((w) => [w.id, w.departmentId])))
  }
  return runEvent(ctx, input, { type: 'dispatch', ...windows }, {}, actor, check)
})
