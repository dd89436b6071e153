import { proposeChangeInputSchema } from '@shared/appointments'
import { dayInfo } from '@shared/calendar'
import { referenceData } from '@server/referenceData'
import { windowEventAction } from './windowEvent'

/**
 * `appointments.proposeChange` (R15, R16): the staff propose a new date
 * and/or time with a reason; the section decides. Refused with
 * `CHANGE_TOO_LATE` less than 12 hours before the agreed time; a new date
 * must be a holiday date.
 */
export const proposeChangeAction = windowEventAction('proposeChange', proposeChangeInputSchema, (input, ctx) => async () => {
  const { calendar, settings } = await referenceData(ctx)
  return {
    serviceHours: settings.holidayHours,
    ...(input.newDate !== undefined ? { newDay: dayInfo(input.newDate, calendar, settings) } : {}),
  }
})
