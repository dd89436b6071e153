import { coverScope, leaveRoute, type LeavePerson } from '.'

const person = (id: string, windowId: string | undefined, overrides: Partial<LeavePerson> = {}): LeavePerson => ({ id, roles: ['staff'], windowId, active: true, ...overrides })
/** Windows 4 and 5 are 人社's, window 8 is 市场监管's. */
const departmentOf = { 'win-04': 'dept-rs', 'win-05': 'dept-rs', 'win-08': 'dept-scjg' }
const staff = person('staff-a', 'win-04')
const leader = person('staff-lead', 'win-04', { roles: ['leader', 'staff'] })

describe('where a cover comes from (R24)', () => {
  it.each([
    ['win-04', 'win-04', 'window'],
    ['win-04', 'win-05', 'department'],
    ['win-04', 'win-08', 'other'],
    ['win-04', 'win-99', 'other'],
  ] as const)('R24 sees a cover at %s from %s as %s', (mine, theirs, scope) => {
    expect(coverScope(mine, theirs, departmentOf)).toBe(scope)
  })
})

describe('who signs off leave, for everyone (R24)', () => {
  it.each([
    ['staff, covered by their own window', staff, person('staff-b', 'win-04'), ['staff-lead'], 'window', 'leader'],
    ['staff, covered from another window of the department', staff, person('staff-c', 'win-05'), ['staff-lead'], 'department', 'leader'],
    ['staff, covered from another department', staff, person('staff-d', 'win-08'), ['staff-lead'], 'other', 'section'],
    ['a window leader, covered by their window', leader, person('staff-b', 'win-04'), ['staff-lead'], 'window', 'section'],
    ['a window leader, covered from the department', leader, person('staff-c', 'win-05'), ['staff-lead'], 'department', 'section'],
    ['a one-person window without a leader', person('solo', 'win-05'), person('staff-a', 'win-04'), [], 'department', 'section'],
    ['the only person of a window, its leader', person('solo', 'win-05', { roles: ['leader'] }), person('staff-d', 'win-08'), ['solo'], 'other', 'section'],
    ['staff of a window with two leaders, one of them off', leader, person('staff-b', 'win-04'), ['staff-lead', 'lead-2'], 'window', 'section'],
  ] as const)('R24 routes the leave of %s', (_, requester, cover, leaders, scope, approver) => {
    expect(leaveRoute(requester, cover, departmentOf, leaders)).toEqual({ ok: true, data: { scope, approver, coverWindowId: cover.windowId } })
  })

  it.each([
    ['themselves', staff, staff, 'INVALID_INPUT', '请选择其他同事顶岗'],
    ['nobody found', staff, null, 'INVALID_INPUT', '顶岗同事须是在岗的窗口工作人员'],
    ['a colleague no longer active', staff, person('staff-b', 'win-04', { active: false }), 'INVALID_INPUT', '顶岗同事须是在岗的窗口工作人员'],
    ['someone without a window (the section)', staff, person('staff-s', undefined, { roles: ['section'] }), 'INVALID_INPUT', '顶岗同事须是在岗的窗口工作人员'],
    ['anyone, when the requester has no window', person('x', undefined), person('staff-b', 'win-04'), 'FORBIDDEN', '您未分配到窗口'],
  ] as const)('R24 refuses as cover %s', (_, requester, cover, code, message) => {
    expect(leaveRoute(requester, cover, departmentOf, ['staff-lead'])).toMatchObject({ ok: false, error: { code, message } })
  })
})
