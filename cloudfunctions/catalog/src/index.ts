import { createMain } from '../../../server/main'
import { listDepartments } from './departments'
import { getItem, listItems } from './items'
import { me } from './me'
import { redeemInvite } from './redeem'

/** `catalog`: what anyone may read, and redeeming a staff invite (architecture.md). */
export const main = createMain({
  'items.list': listItems,
  'items.get': getItem,
  'departments.list': listDepartments,
  me,
  'staff.redeem': redeemInvite,
})
