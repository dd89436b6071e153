import { confirmInputSchema } from '@shared/appointments'
import { itemRepository } from '@server/repositories/items'
import { referenceData } from '@server/referenceData'
import { windowEventAction } from './windowEvent'

/**
 * `appointments.confirm` (R11, R12, R14): the assigned staff (or the lead
 * window's leader) called the applicant, told them once and in full what to
 * bring (`contact.materialsToldInFull: true`) and agreed a time. Without
 * `plannedMinutes` the visit takes the items' estimates added up; more than
 * half a working day, or a time outside the holiday hours (setting
 * `holidayHours`, R4), is `REASON_REQUIRED` until a reason is given, then
 * kept as a deviation and flagged to the section. The applicant is sent a
 * `confirmed` message through the outbox.
 */
export const confirmAction = windowEventAction('confirm', confirmInputSchema, (_input, ctx) => async (appointment) => {
  const [items, { settings }] = await Promise.all([
    itemRepository(ctx.db).find({ _id: ctx.db.command.in(appointment.itemIds) }),
    referenceData(ctx),
  ])
  return { serviceHours: settings.holidayHours, estimatedMinutes: items.reduce((sum, item) => sum + item.estimatedMinutes, 0) }
})
