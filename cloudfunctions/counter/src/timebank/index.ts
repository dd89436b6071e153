import { leaveDecideAction } from './decideAction'
import { timeBankMineAction } from './mineAction'
import { leaveRequestAction } from './requestAction'

/** The time bank (R24): balance and ledger, compensatory leave and its sign-off. */
export const timeBankActions = {
  'timebank.mine': timeBankMineAction,
  'leave.request': leaveRequestAction,
  'leave.decide': leaveDecideAction,
}
