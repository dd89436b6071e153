import { action } from '@shared/api'
import { cancelInputSchema } from '@shared/appointments'
import type { ActionContext } from '../../../server/context'
import { runEvent } from '../../../server/appointments/runEvent'

/** `appointments.cancel` (R15): the applicant, or the desk or section for them, with a reason; before service only. */
export const cancelAction = action(cancelInputSchema, (input, ctx: ActionContext) =>
  runEvent(ctx, input, { type: 'cancel', reason: input.reason }, {}),
)
