import type { ActionsFor, counterContract } from '@shared/contract'
import type { ActionContext } from '@server/context'
import { createMain } from '@server/main'
import { dutyActions } from './duty'
import { timeBankActions } from './timebank'
import { assignAction } from './assign'
import { confirmAction } from './confirm'
import { proposeChangeAction } from './proposeChange'
import { queueEntryAction } from './queueEntry'
import { queueListAction } from './queueList'
import { completeAction, confirmPartAction, forceMajeureAction, markLateAction, markNoShowAction, paperSignAction, recordAttemptAction, startAction } from './serviceSteps'
import { windowStaffAction } from './windowStaff'

/**
 * `counter`: 窗口工作人员与负责人 (docs/architecture.md). A window's staff and
 * leaders see their window's appointments and take them from assignment
 * (R10) through confirmation (R11, R12, R13, R14), changes, lateness and force majeure
 * (R15, R16, R17, R18) to completion (R19). Staff see only their own window's
 * appointments, lead or assisting; any other is `NOT_FOUND`.
 */
export const actions = {
  'queue.list': queueListAction,
  'queue.entry': queueEntryAction,
  'window.staff': windowStaffAction,
  'appointments.assign': assignAction,
  'appointments.confirm': confirmAction,
  'appointments.confirmPart': confirmPartAction,
  'appointments.proposeChange': proposeChangeAction,
  'appointments.forceMajeure': forceMajeureAction,
  'appointments.markLate': markLateAction,
  'appointments.recordAttempt': recordAttemptAction,
  'appointments.markNoShow': markNoShowAction,
  'appointments.start': startAction,
  'appointments.complete': completeAction,
  'appointments.paperSign': paperSignAction,
  ...dutyActions,
  ...timeBankActions,
} satisfies ActionsFor<typeof counterContract, ActionContext>

export const main = createMain(actions)
