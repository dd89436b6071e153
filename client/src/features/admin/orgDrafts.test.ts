import { departmentDraftOf, newDepartmentDraft, newWindowDraft, orgDraftRequest, windowDraftOf } from './orgDrafts'

const departments = [
  { id: 'dept-a', name: '县市场监督管理局', order: 3, windows: [] },
  { id: 'dept-b', name: '县税务局', order: 7, windows: [] },
]

describe('department and window drafts', () => {
  it('puts a new department after the others', () => {
    expect(newDepartmentDraft(departments).order).toBe('8')
    expect(newDepartmentDraft([]).order).toBe('0')
  })

  it('renames a department keeping its id and order', () => {
    const draft = { ...departmentDraftOf(departments[0]), name: ' 县市场监管局 ' }
    expect(orgDraftRequest(draft)).toEqual({ action: 'departments.upsert', input: { ok: true, value: { id: 'dept-a', name: '县市场监管局', order: 3 } } })
  })

  it('adds a window without an id, and edits one with its id', () => {
    const added = orgDraftRequest({ ...newWindowDraft('dept-b'), name: '综合窗口', number: 'B03' })
    expect(added).toEqual({ action: 'windows.upsert', input: { ok: true, value: { departmentId: 'dept-b', name: '综合窗口', number: 'B03' } } })
    const edited = orgDraftRequest(windowDraftOf({ id: 'win-1', departmentId: 'dept-b', name: '综合窗口', number: 'B03' }))
    expect(edited.input).toEqual({ ok: true, value: { id: 'win-1', departmentId: 'dept-b', name: '综合窗口', number: 'B03' } })
  })

  it.each([
    [{ ...newWindowDraft('dept-b'), name: '', number: 'B03' }, 'name', '请填写窗口名称'],
    [{ ...newWindowDraft('dept-b'), name: '综合窗口', number: 'B 03号' }, 'number', '窗口号只能是1-8位字母或数字'],
    [{ ...newDepartmentDraft(departments), name: '' }, 'name', '请填写部门名称'],
    [{ ...newDepartmentDraft(departments), name: '县医保局', order: '第一' }, 'order', '排序必须是数字'],
  ])('names the wrong field (%#)', (draft, field, message) => {
    const { input } = orgDraftRequest(draft)
    expect(input.ok ? {} : input.errors).toMatchObject({ [field]: message })
  })
})
