import type { ActionTable } from '@shared/api'
import type { ActionContext } from '../../../../server/context'

/** Weekend duty scheduling (R2, R21, R22) and the gaps the section must see. */
export const dutyScheduleActions: ActionTable<ActionContext> = {}
