import { checkInAction, checkOutAction } from './attendanceActions'
import { dutyMineAction } from './mineAction'

/** Weekend duty (R2, R21, R22): a staff member's shifts, check-in and check-out. */
export const dutyActions = {
  'duty.mine': dutyMineAction,
  'duty.checkIn': checkInAction,
  'duty.checkOut': checkOutAction,
}
