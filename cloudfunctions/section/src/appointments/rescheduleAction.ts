import { fail } from '@shared/api'
import { departmentsOf, rescheduleInputSchema } from '@shared/appointments'
import { dayInfo } from '@shared/calendar'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import type { StoredAppointment } from '@server/appointments/appointmentRepository'
import { runEvent } from '@server/appointments/runEvent'
import { referenceData } from '@server/referenceData'
import { windowRepository } from '@server/repositories/org'
import { staffRepository } from '@server/repositories/staff'
import { itemsById } from '../itemsById'

/**
 * `appointments.reschedule` (R17): after a force majeure the section arranges
 * another date or time, another staff member of the lead window, or another
 * window of the items' department (as for cover and re-dispatch, R9, R21),
 * checked once the state machine allows the step and before anything is
 * saved. The applicant and the staff or window are told by message; the
 * record keeps the force majeure and every reschedule (`reschedules`).
 * Requests: 1 (staff record) + 1 (appointment) + up to 2 (calendar and
 * settings, cached) + 1 (the named staff) or 2 (items, window) + 1 (save) +
 * 1 per message.
 */
export const rescheduleAction = guarded(['section'], rescheduleInputSchema, (input, ctx: ActionContext, actor) => {
  const context = async () => {
    const [{ calendar, settings }, staff] = await Promise.all([
      referenceData(ctx),
      input.staffId !== undefined ? staffRepository(ctx.db).get(input.staffId) : Promise.resolve(undefined),
    ])
    return {
      serviceHours: settings.holidayHours,
      ...(input.newDate !== undefined ? { newDay: dayInfo(input.newDate, calendar, settings) } : {}),
      ...(staff !== undefined ? { staff } : {}),
    }
  }
  const check = async (appointment: StoredAppointment) => {
    const windowId = input.leadWindowId
    if (windowId === undefined) return null
    const [items, found] = await Promise.all([itemsById(ctx, appointment.itemIds), windowRepository(ctx.db).find({ _id: windowId })])
    const { lead } = departmentsOf(appointment.itemIds, items)
    const department = found.find((w) => w.id === windowId)?.departmentId
    const refuse = (message: string) => fail('INVALID_INPUT', message, { leadWindowId: message })
    if (department === undefined) return refuse('所选窗口不存在')
    if (department !== lead) return refuse('只能改由事项所属部门的其他窗口办理')
    return null
  }
  const { appointmentId: _id, version: _version, requestId: _request, ...payload } = input
  return runEvent(ctx, input, { type: 'reschedule', ...payload }, context, actor, check)
})
