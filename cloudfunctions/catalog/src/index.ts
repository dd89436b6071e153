import type { ActionsFor, catalogContract } from '@shared/contract'
import type { ActionContext } from '@server/context'
import { createMain } from '@server/main'
import { calendarRangeAction, calendarUpcomingAction } from './calendar'
import { getCenter } from './center'
import { listDepartments } from './departments'
import { getItem, listItems } from './items'
import { me } from './me'
import { redeemInvite } from './redeem'
import { weekendWalkInAction } from './weekendWalkIn'

/** `catalog`: what anyone may read, and redeeming a staff invite (docs/architecture.md). */
export const actions = {
  'items.list': listItems,
  'items.get': getItem,
  'departments.list': listDepartments,
  'calendar.range': calendarRangeAction,
  'calendar.upcoming': calendarUpcomingAction,
  'center.get': getCenter,
  me,
  'staff.redeem': redeemInvite,
  'weekend.walkIn': weekendWalkInAction,
} satisfies ActionsFor<typeof catalogContract, ActionContext>

export const main = createMain(actions)
