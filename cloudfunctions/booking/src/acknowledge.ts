import { action } from '@shared/api'
import { appointmentRefSchema } from '@shared/appointments'
import type { ActionContext } from '@server/context'
import { runEvent } from '@server/appointments/runEvent'

/** `appointments.acknowledge` (R19): the applicant confirms (signs) the completion record. */
export const acknowledgeAction = action(appointmentRefSchema, (input, ctx: ActionContext) =>
  runEvent(ctx, input, { type: 'acknowledge' }, {}),
)
