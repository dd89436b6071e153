import { recordFindingAction } from './recordFindingAction'
import { supervisionReportAction } from './supervisionReportAction'

/** Supervision of the windows (R23). */
export const supervisionActions = {
  'supervision.report': supervisionReportAction,
  'supervision.recordFinding': recordFindingAction,
}
