import * as v from 'valibot'
import { fieldsObject } from '@shared/api'
import { appointmentRefSchema } from '@shared/appointments'
import { optionalText } from '@shared/text'
import type { ActionContext } from '../../../server/context'
import { guarded } from '../../../server/guard'
import { runEvent } from '../../../server/appointments/runEvent'

const decideInputSchema = v.intersect([
  appointmentRefSchema,
  fieldsObject({
    approve: v.boolean('请选择同意或不同意变更'),
    note: optionalText('审批意见', 200),
  }),
])

/**
 * `changes.decide` (R16): the section approves or rejects a proposed
 * postponement or change. The state machine refuses an approval that could no
 * longer reach the applicant 12 hours before the agreed time
 * (`CHANGE_TOO_LATE`); a rejection keeps the agreed time.
 * Requests: 1 (staff record) + 1 (appointment) + 1 (save) + 1 per message.
 */
export const decideChangeAction = guarded(['section'], decideInputSchema, (input, ctx: ActionContext, actor) =>
  runEvent(
    ctx,
    input,
    { type: 'decideChange', decision: input.approve ? 'approved' : 'rejected', ...(input.note ? { note: input.note } : {}) },
    {},
    actor,
  ),
)
