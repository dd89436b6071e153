import type { ActionTable } from '@shared/api'
import type { ActionContext } from '@server/context'
import { supervisionReportAction } from './supervisionReportAction'

/** Supervision of the windows (R23). */
export const supervisionActions: ActionTable<ActionContext> = {
  'supervision.report': supervisionReportAction,
}
