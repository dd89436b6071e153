import { needsWindow, newStaffDraft, roleNames, staffDraftOf, staffRequest, windowOptions } from './staffDrafts'

const departments = [
  { id: 'dept-b', name: '县税务局', order: 2, windows: [{ id: 'win-3', departmentId: 'dept-b', name: '税务综合窗口', number: 'B03' }] },
  { id: 'dept-a', name: '县市场监督管理局', order: 1, windows: [{ id: 'win-1', departmentId: 'dept-a', name: '企业开办窗口', number: 'A01' }] },
]

describe('staff drafts', () => {
  it('lists windows in department order, labelled with department and number', () => {
    expect(windowOptions(departments)).toEqual([
      { id: 'win-1', label: '县市场监督管理局 · 企业开办窗口（A01）' },
      { id: 'win-3', label: '县税务局 · 税务综合窗口（B03）' },
    ])
  })

  it('names roles in Chinese', () => {
    expect(roleNames(['leader', 'staff'])).toBe('窗口负责人、窗口工作人员')
  })

  it('asks for a window for window leaders and staff (R10), beside the window picker', () => {
    expect(needsWindow(['desk'])).toBe(false)
    const result = staffRequest({ ...newStaffDraft(), name: '周萍', roles: ['leader'] })
    expect(result).toEqual({ ok: false, errors: { windowId: '窗口负责人和窗口工作人员须选择所属窗口' } })
  })

  it('lets the section and desk work without a window', () => {
    expect(staffRequest({ ...newStaffDraft(), name: '李静', roles: ['section'] })).toEqual({ ok: true, value: { name: '李静', roles: ['section'] } })
  })

  it('sends an edit with the id and version it started from', () => {
    const draft = staffDraftOf({ id: 'staff-1', name: '孙强', roles: ['leader', 'staff'], windowId: 'win-1', active: true, version: 2, bound: true })
    expect(staffRequest(draft)).toEqual({ ok: true, value: { id: 'staff-1', version: 2, name: '孙强', roles: ['leader', 'staff'], windowId: 'win-1' } })
  })

  it('needs a name and a role', () => {
    const result = staffRequest({ ...newStaffDraft(), name: ' ', roles: [] })
    expect(result.ok ? {} : result.errors).toEqual({ name: '请填写姓名', roles: '请至少选择一个角色' })
  })
})
