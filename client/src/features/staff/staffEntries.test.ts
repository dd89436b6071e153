import { staffEntries } from './staffEntries'

describe('staff tab entries by role', () => {
  const labels = (roles: Parameters<typeof staffEntries>[0]) => staffEntries(roles).map((e) => e.label)

  it('gives window staff and leaders the window queue (R10)', () => {
    expect(labels(['staff'])).toEqual(['窗口工单', '我的值班', '时间银行'])
    expect(labels(['leader', 'staff'])).toEqual(['窗口工单', '我的值班', '时间银行', '周末排班'])
  })

  it('gives admins, and only admins, the list and organisation screens (R1)', () => {
    expect(labels(['admin'])).toEqual(['事项管理', '部门与窗口', '人员管理', '节假日日历', '消息发送情况'])
    expect(labels(['section', 'desk'])).not.toContain('事项管理')
  })

  it('gives the section the inbox and the list of every appointment (R9) and the desk and section the registration screen (R7)', () => {
    expect(labels(['section'])).toEqual(['派单与审批', '全部预约', '登记预约', '周末排班', '评价与回访', '投诉处理', '窗口督查', '登记表归档', '调休审批'])
    expect(labels(['desk'])).toEqual(['登记预约'])
  })

  it('points every entry at a subpackage page', () => {
    expect(staffEntries(['admin', 'leader']).map((e) => e.url)).toEqual([
      '/packages/staff/pages/queue/index',
      '/packages/staff/pages/duty/index',
      '/packages/staff/pages/timebank/index',
      '/packages/section/pages/duty/index',
      '/packages/admin/pages/items/index',
      '/packages/admin/pages/org/index',
      '/packages/admin/pages/staff/index',
      '/packages/admin/pages/calendar/index',
      '/packages/admin/pages/messages/index',
    ])
  })
})
