import { checkInAction, checkOutAction } from './attendanceActions'
import { walkInLogAction, walkInTodayAction } from '../walkIn/walkInActions'
import { dutyMineAction } from './mineAction'

/** Weekend duty (R2, R21, R22): a staff member's shifts, check-in and check-out, and the walk-in services logged on duty. */
export const dutyActions = {
  'duty.mine': dutyMineAction,
  'duty.checkIn': checkInAction,
  'duty.checkOut': checkOutAction,
  'walkIn.today': walkInTodayAction,
  'walkIn.log': walkInLogAction,
}
