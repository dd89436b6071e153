import { hasAnyRole, type Role } from '@shared/org'

export interface StaffEntry {
  label: string
  url: string
}

/**
 * The staff tab's entries for a set of roles: window work (R10, R11, R19) for
 * leaders and staff, list, organisation and calendar upkeep (R1–R5) for admins only.
 * The server checks the roles again on every action.
 */
export function staffEntries(roles: readonly Role[]): StaffEntry[] {
  const entries: StaffEntry[] = []
  if (hasAnyRole(roles, ['leader', 'staff'])) entries.push({ label: '窗口工单', url: '/packages/staff/pages/queue/index' })
  if (roles.includes('section')) entries.push({ label: '派单与审批', url: '/packages/section/pages/inbox/index' })
  if (hasAnyRole(roles, ['desk', 'section'])) entries.push({ label: '登记预约', url: '/packages/section/pages/register/index' })
  if (roles.includes('admin')) {
    entries.push(
      { label: '事项管理', url: '/packages/admin/pages/items/index' },
      { label: '部门与窗口', url: '/packages/admin/pages/org/index' },
      { label: '人员管理', url: '/packages/admin/pages/staff/index' },
      { label: '节假日日历', url: '/packages/admin/pages/calendar/index' },
    )
  }
  return entries
}
