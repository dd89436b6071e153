import {
  dutyCloseInputSchema,
  dutyReopenInputSchema,
  dutyRosterInputSchema,
  dutyScheduleInputSchema,
  dutyShiftRefSchema,
  type DutyClosure,
  type DutyShift,
  type RosterAnswer,
} from '../duty'
import { findingRecordInputSchema, supervisionInputSchema, type SupervisionAnswer, type SupervisionFinding } from '../supervision'
import { endpoint } from './endpoint'

/** `supervision`: 政务服务管理科 — weekend duty rosters (R2, R21, R22) and supervision of the windows (R23) (docs/api.md). */
export const supervisionContract = {
  'duty.schedule': endpoint(dutyScheduleInputSchema).answers<{ shift: DutyShift; created: boolean }>(),
  'duty.remove': endpoint(dutyShiftRefSchema).answers<{ removed: string }>(),
  'duty.roster': endpoint(dutyRosterInputSchema).answers<RosterAnswer>(),
  'duty.close': endpoint(dutyCloseInputSchema).answers<{ closure: DutyClosure; created: boolean }>(),
  'duty.reopen': endpoint(dutyReopenInputSchema).answers<{ reopened: string }>(),
  'supervision.report': endpoint(supervisionInputSchema).answers<SupervisionAnswer>(),
  'supervision.recordFinding': endpoint(findingRecordInputSchema).answers<{ finding: SupervisionFinding; created: boolean }>(),
}
