import type { ActionTable } from '@shared/api'
import type { ActionContext } from '../../../../server/context'

/** Return visits, reviews and complaints (R20). */
export const followUpActions: ActionTable<ActionContext> = {}
