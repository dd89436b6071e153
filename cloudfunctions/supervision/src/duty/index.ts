import { closeAction, reopenAction } from './closeAction'
import { removeAction } from './removeAction'
import { rosterAction } from './rosterAction'
import { scheduleAction } from './scheduleAction'

/** Weekend duty scheduling (R2, R21, R22), the gaps the section must see, and the days it closes for a window (R23). */
export const dutyScheduleActions = {
  'duty.schedule': scheduleAction,
  'duty.remove': removeAction,
  'duty.roster': rosterAction,
  'duty.close': closeAction,
  'duty.reopen': reopenAction,
}
