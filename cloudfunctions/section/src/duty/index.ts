import { removeAction } from './removeAction'
import { rosterAction } from './rosterAction'
import { scheduleAction } from './scheduleAction'

/** Weekend duty scheduling (R2, R21, R22) and the gaps the section must see. */
export const dutyScheduleActions = {
  'duty.schedule': scheduleAction,
  'duty.remove': removeAction,
  'duty.roster': rosterAction,
}
