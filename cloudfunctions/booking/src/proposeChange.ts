import { action, fail } from '@shared/api'
import { proposeChangeInputSchema } from '@shared/appointments'
import { dayInfo } from '@shared/calendar'
import type { ActionContext } from '@server/context'
import type { StoredAppointment } from '@server/appointments/appointmentRepository'
import { runEvent } from '@server/appointments/runEvent'
import { referenceData } from '@server/referenceData'

/**
 * `appointments.proposeChange` (申请改期, R16): the applicant asks to move
 * their own confirmed appointment to a new date and/or time within the
 * holiday service hours, with a reason, at least 12 hours before the agreed
 * time; it waits in `change_pending` for the section (`changes.decide`),
 * like a staff proposal. Only the applicant's own OPENID may ask here (staff
 * propose from the counter); anyone else who may see the record is
 * `FORBIDDEN`, anyone else `NOT_FOUND`.
 * Requests: 1 (staff record) + 1 (appointment) + up to 2 (calendar and settings, cached) + 1 (save) + 1 per message.
 */
export const proposeChangeAction = action(proposeChangeInputSchema, (input, ctx: ActionContext) => {
  const context = async () => {
    const { calendar, settings } = await referenceData(ctx)
    return {
      serviceHours: settings.holidayHours,
      centerPhone: settings.center.phone,
      ...(input.newDate !== undefined ? { newDay: dayInfo(input.newDate, calendar, settings) } : {}),
    }
  }
  const ownOnly = async (appointment: StoredAppointment) =>
    appointment.applicantOpenid !== undefined && appointment.applicantOpenid === ctx.caller.openid ? null : fail('FORBIDDEN')
  const { appointmentId: _id, version: _version, requestId: _request, ...payload } = input
  return runEvent(ctx, input, { type: 'proposeChange', ...payload }, context, undefined, ownOnly)
})
