import type { ActionsFor, supervisionContract } from '@shared/contract'
import type { ActionContext } from '@server/context'
import { createMain } from '@server/main'
import { dutyScheduleActions } from './duty'
import { supervisionActions } from './supervision'

/**
 * `supervision`: the 政务服务管理科's supervision of the windows (R23) and the
 * weekend duty roster (R2, R21, R22), moved out of `section` to keep each
 * bundle small (docs/deploy.md). Role checks are the actions' own: the
 * section for supervision and closing days; the section or a leader for
 * the roster, a window's staff for their own window's roster.
 */
export const actions = {
  ...dutyScheduleActions,
  ...supervisionActions,
} satisfies ActionsFor<typeof supervisionContract, ActionContext>

export const main = createMain(actions)
