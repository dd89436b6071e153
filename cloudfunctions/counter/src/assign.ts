import { assignInputSchema } from '@shared/appointments'
import { staffRepository } from '../../../server/repositories/staff'
import { windowEventAction } from './windowEvent'

/**
 * `appointments.assign` (R10): the lead window's leader names the staff who
 * will serve; the staff must be an active member of that window (checked by
 * the shared handler). The staff record is read beside the appointment.
 */
export const assignAction = windowEventAction(
  'assign',
  assignInputSchema,
  (input, ctx) => {
    const staff = staffRepository(ctx.db).get(input.staffId)
    // Read at once; awaited only if the appointment is found and the caller's.
    staff.catch(() => undefined)
    return async () => ({ staff: await staff })
  },
  ['leader'],
)
