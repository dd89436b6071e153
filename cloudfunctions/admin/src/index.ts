import { createMain } from '../../../server/main'
import { archiveItem, createItem, updateItem } from './items'
import { upsertDepartment, upsertWindow } from './org'
import { getSettings, updateSettings } from './settings'
import { inviteStaff, listStaff, revokeStaff, upsertStaff } from './staff'

/**
 * `admin`: the item list, departments, windows, staff and settings. Every
 * action checks the admin role on the server; `ADMIN_OPENIDS` (environment)
 * names the first admins.
 */
export const main = createMain({
  'items.create': createItem,
  'items.update': updateItem,
  'items.archive': archiveItem,
  'departments.upsert': upsertDepartment,
  'windows.upsert': upsertWindow,
  'staff.list': listStaff,
  'staff.upsert': upsertStaff,
  'staff.invite': inviteStaff,
  'staff.revoke': revokeStaff,
  'settings.get': getSettings,
  'settings.update': updateSettings,
})
