import type { ActionTable } from '@shared/api'
import type { ActionContext } from '../../../../server/context'

/** Supervision of the windows (R23). */
export const supervisionActions: ActionTable<ActionContext> = {}
