import type { ActionsFor, bookingContract } from '@shared/contract'
import type { ActionContext } from '@server/context'
import { createMain } from '@server/main'
import { feedbackActions } from './feedback'
import { acknowledgeAction } from './acknowledge'
import { cancelAction } from './cancel'
import { claimByPhoneAction } from './claimByPhone'
import { getAction } from './get'
import { grantSubscriptionsAction } from './grantSubscriptions'
import { mineAction } from './mine'
import { phoneFromCodeAction } from './phoneFromCode'
import { requestAction } from './request'

/**
 * `booking`: 群众预约 (docs/architecture.md). A citizen requests, follows, cancels
 * and acknowledges holiday appointments; the desk and the section register
 * requests made on site or by phone (R7). Identity is the caller's OPENID.
 */
export const actions = {
  'appointments.request': requestAction,
  'appointments.mine': mineAction,
  'appointments.get': getAction,
  'appointments.cancel': cancelAction,
  'appointments.acknowledge': acknowledgeAction,
  'appointments.claimByPhone': claimByPhoneAction,
  'phone.fromCode': phoneFromCodeAction,
  'subscriptions.grant': grantSubscriptionsAction,
  ...feedbackActions,
} satisfies ActionsFor<typeof bookingContract, ActionContext>

export const main = createMain(actions)
