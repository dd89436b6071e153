import { hasAnyRole, type Role } from '@shared/org'

export interface StaffEntry {
  label: string
  url: string
}

/**
 * The staff tab's entries for a set of roles: window work (R10, R11, R19),
 * weekend duty (R21) and the time bank (R24) for leaders and staff; duty
 * scheduling for leaders and the section (R22); the section's follow-up (R20)
 * and supervision (R23); list, organisation and calendar upkeep (R1, R2, R3, R4, R5) for admins only.
 * The server checks the roles again on every action.
 */
export function staffEntries(roles: readonly Role[]): StaffEntry[] {
  const entries: StaffEntry[] = []
  if (hasAnyRole(roles, ['leader', 'staff'])) {
    entries.push(
      { label: '窗口工单', url: '/packages/staff/pages/queue/index' },
      { label: '我的值班', url: '/packages/staff/pages/duty/index' },
      { label: '时间银行', url: '/packages/staff/pages/timebank/index' },
    )
  }
  if (roles.includes('section')) entries.push({ label: '派单与审批', url: '/packages/section/pages/inbox/index' })
  if (roles.includes('section')) entries.push({ label: '全部预约', url: '/packages/section/pages/appointments/index' })
  if (hasAnyRole(roles, ['desk', 'section'])) entries.push({ label: '登记预约', url: '/packages/section/pages/register/index' })
  if (hasAnyRole(roles, ['leader', 'section'])) entries.push({ label: '周末排班', url: '/packages/section/pages/duty/index' })
  if (roles.includes('section')) {
    entries.push(
      { label: '评价与回访', url: '/packages/section/pages/reviews/index' },
      { label: '投诉处理', url: '/packages/section/pages/complaints/index' },
      { label: '窗口督查', url: '/packages/section/pages/supervision/index' },
      { label: '登记表归档', url: '/packages/section/pages/filing/index' },
      { label: '调休审批', url: '/packages/section/pages/leave/index' },
    )
  }
  if (roles.includes('admin')) {
    entries.push(
      { label: '事项管理', url: '/packages/admin/pages/items/index' },
      { label: '部门与窗口', url: '/packages/admin/pages/org/index' },
      { label: '人员管理', url: '/packages/admin/pages/staff/index' },
      { label: '节假日日历', url: '/packages/admin/pages/calendar/index' },
      { label: '消息发送情况', url: '/packages/admin/pages/messages/index' },
    )
  }
  return entries
}
