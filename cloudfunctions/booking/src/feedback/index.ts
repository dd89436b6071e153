import type { ActionTable } from '@shared/api'
import type { ActionContext } from '../../../../server/context'

/** A citizen's reviews and complaints (R20). */
export const feedbackActions: ActionTable<ActionContext> = {}
