import { departmentsOf, redispatchInputSchema, redispatchWindowRefusal } from '@shared/appointments'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import type { StoredAppointment } from '@server/appointments/appointmentRepository'
import { runEvent } from '@server/appointments/runEvent'
import { windowRepository } from '@server/repositories/org'
import { itemsById } from '../itemsById'

/**
 * `appointments.redispatch` (改派, R9, R13): the section moves an
 * appointment no window has confirmed yet (`dispatched`, `assigned`) to
 * another lead window: one of the items' lead department, or of another
 * department when the section says so (`otherDepartment`), checked once the
 * state machine allows the step and before anything is saved. The old
 * window's assignment is cleared, the new window is told by message, the
 * record keeps both windows (`redispatches`) and the reason.
 * Requests: 1 (staff record) + 1 (appointment) + 2 (items, window, in parallel) + 1 (save) + 1 (the message).
 */
export const redispatchAction = guarded(['section'], redispatchInputSchema, (input, ctx: ActionContext, actor) => {
  const check = async (appointment: StoredAppointment) => {
    const [items, found] = await Promise.all([itemsById(ctx, appointment.itemIds), windowRepository(ctx.db).find({ _id: input.leadWindowId })])
    const { lead } = departmentsOf(appointment.itemIds, items)
    return redispatchWindowRefusal(input.leadWindowId, lead, input.otherDepartment, new Map(found.map((w) => [w.id, w.departmentId])))
  }
  const event = { type: 'redispatch' as const, leadWindowId: input.leadWindowId, otherDepartment: input.otherDepartment, reason: input.reason }
  return runEvent(ctx, input, event, {}, actor, check)
})
