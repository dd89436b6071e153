import type { ActionsFor, adminContract } from '@shared/contract'
import type { ActionContext } from '@server/context'
import { createMain } from '@server/main'
import { listYears, parseNoticeAction, setYear, yearHistory } from './calendar'
import { archiveItem, createItem, updateItem } from './items'
import { upsertDepartment, upsertWindow } from './org'
import { messageIssues } from './messages'
import { getSettings, updateSettings } from './settings'
import { inviteStaff, listStaff, revokeStaff, upsertStaff } from './staff'

/**
 * `admin`: the item list, departments, windows, staff, the holiday calendar
 * and settings. Every action checks the admin role on the server. The first
 * admins are named by `ADMIN_OPENIDS` in the environment of both this
 * function and `catalog` (whose `me` tells the app who is an admin).
 */
export const actions = {
  'items.create': createItem,
  'items.update': updateItem,
  'items.archive': archiveItem,
  'departments.upsert': upsertDepartment,
  'windows.upsert': upsertWindow,
  'staff.list': listStaff,
  'staff.upsert': upsertStaff,
  'staff.invite': inviteStaff,
  'staff.revoke': revokeStaff,
  'calendar.years': listYears,
  'calendar.history': yearHistory,
  'calendar.setYear': setYear,
  'calendar.parseNotice': parseNoticeAction,
  'settings.get': getSettings,
  'settings.update': updateSettings,
  'messages.issues': messageIssues,
} satisfies ActionsFor<typeof adminContract, ActionContext>

export const main = createMain(actions)
