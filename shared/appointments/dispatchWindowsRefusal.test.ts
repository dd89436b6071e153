import { departmentsOf, dispatchWindowsRefusal, type DispatchWindows } from '.'

// A market item led by dept-scjg with dept-sw assisting; the windows and their departments.
const items = new Map([
  ['item-market', { departmentId: 'dept-scjg', assistingDepartmentIds: ['dept-sw'] }],
])
const windows = new Map([
  ['win-02', 'dept-scjg'],
  ['win-03', 'dept-scjg'],
  ['win-10', 'dept-sw'],
  ['win-07', 'dept-rs'],
])

describe('dispatching to windows of those departments (R13)', () => {
  const departments = departmentsOf(['item-market'], items)
  const dispatch = (leadWindowId: string, ...assistingWindowIds: string[]): DispatchWindows => ({ leadWindowId, assistingWindowIds })

  it.each([
    ['a lead window of the lead department', dispatch('win-02')],
    ['another window of the lead department', dispatch('win-03')],
    ['an assisting window of an assisting department', dispatch('win-02', 'win-10')],
  ])('R13 accepts %s', (_, windowsNamed) => {
    expect(dispatchWindowsRefusal(windowsNamed, departments, windows)).toBeNull()
  })

  it.each([
    ['a lead window that does not exist', dispatch('win-99'), 'leadWindowId', '主办窗口不存在'],
    ['a lead window of an assisting department', dispatch('win-10'), 'leadWindowId', '主办窗口须为事项主办部门的窗口'],
    ['an assisting window that does not exist', dispatch('win-02', 'win-10', 'win-99'), 'assistingWindowIds.1', '配合窗口不存在'],
    ['an assisting window of a department the items do not call on', dispatch('win-02', 'win-07'), 'assistingWindowIds.0', '配合窗口须为事项配合部门的窗口'],
    ['an assisting window of the lead department', dispatch('win-02', 'win-03'), 'assistingWindowIds.0', '配合窗口须为事项配合部门的窗口'],
  ])('R13 refuses %s, naming the field', (_, windowsNamed, field, message) => {
    expect(dispatchWindowsRefusal(windowsNamed, departments, windows)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message, fields: { [field]: message } } })
  })

  it('R13 refuses any lead window when the first item is gone from the list', () => {
    expect(dispatchWindowsRefusal(dispatch('win-02'), departmentsOf(['item-gone'], items), windows)).toMatchObject({ ok: false, error: { fields: { leadWindowId: '主办窗口须为事项主办部门的窗口' } } })
  })
})
