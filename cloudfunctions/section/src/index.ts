import type { ActionsFor, sectionContract } from '@shared/contract'
import type { ActionContext } from '@server/context'
import { createMain } from '@server/main'
import { appointmentActions } from './appointments'
import { followUpActions } from './followUp'
import { sectionLeaveActions } from './leave'
import { decideChangeAction } from './decideChange'
import { dispatchAction } from './dispatch'
import { inboxAction } from './inbox'
import { recordsFormAction, recordsFormDocumentAction } from './recordsForm'
import { splitAction } from './split'
import { fileRecordsAction } from './records/fileRecords'
import { unfiledAction } from './records/unfiled'
import { registerAction } from './records/registerAction'

/**
 * `section`: 政务服务管理科 (docs/architecture.md). The single entry point of every
 * request (R9): it dispatches requests to windows (R9, R13), decides proposed
 * changes (R16), prints the registration forms and files the served records
 * (归档, R8, R19). Only
 * staff with the `section` role, except the forms, which a window's own
 * staff may print too.
 */
export const actions = {
  'inbox.list': inboxAction,
  'appointments.dispatch': dispatchAction,
  'changes.decide': decideChangeAction,
  'appointments.split': splitAction,
  'records.form': recordsFormAction,
  'records.unfiled': unfiledAction,
  'records.file': fileRecordsAction,
  'records.formDocument': recordsFormDocumentAction,
  'records.register': registerAction,
  ...appointmentActions,
  ...followUpActions,
  ...sectionLeaveActions,
} satisfies ActionsFor<typeof sectionContract, ActionContext>

export const main = createMain(actions)
