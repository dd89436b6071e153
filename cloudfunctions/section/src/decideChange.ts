import { decideChangeInputSchema } from '@shared/appointments'
import type { ActionContext } from '../../../server/context'
import { guarded } from '../../../server/guard'
import { runEvent } from '../../../server/appointments/runEvent'

/**
 * `changes.decide` (R16): the section approves or rejects a proposed
 * postponement or change. The state machine refuses an approval that could no
 * longer reach the applicant 12 hours before the agreed time
 * (`CHANGE_TOO_LATE`); a rejection keeps the agreed time.
 * Requests: 1 (staff record) + 1 (appointment) + 1 (save) + 1 per message.
 */
export const decideChangeAction = guarded(['section'], decideChangeInputSchema, (input, ctx: ActionContext, actor) =>
  runEvent(
    ctx,
    input,
    { type: 'decideChange', decision: input.approve ? 'approved' : 'rejected', ...(input.note ? { note: input.note } : {}) },
    {},
    actor,
  ),
)
