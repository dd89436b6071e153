import { act, renderHook, waitFor } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { cloudTable } from '../cloud/cloudTable'
import { newStaffDraft } from './staffDrafts'
import { useStaffAdmin } from './useStaffAdmin'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.MockedFunction<typeof callCloud>

const zhou = { id: 'staff-1', name: '周萍', roles: ['staff'], windowId: 'win-1', active: true, version: 1, bound: false }
const table = (over: Record<string, (input: any) => any> = {}) =>
  cloudTable({
    'admin staff.list': () => ok({ items: [zhou], total: 1, nextCursor: null }),
    'catalog departments.list': () => ok({ departments: [{ id: 'dept-a', name: '县市场监督管理局', order: 1, windows: [{ id: 'win-1', departmentId: 'dept-a', name: '企业开办窗口', number: 'A01' }] }] }),
    ...over,
  })
const inputsOf = (action: string) => call.mock.calls.filter(([, a]) => a === action).map(([, , input]) => input)

beforeEach(() => call.mockReset())

describe('staff administration', () => {
  it('lists staff with their window and whether they are bound', async () => {
    call.mockImplementation(table())
    const { result } = renderHook(() => useStaffAdmin())
    await waitFor(() => expect(result.current.staff).toHaveLength(1))
    expect(result.current.staff[0].bound).toBe(false)
    expect(result.current.windowLabel('win-1')).toBe('县市场监督管理局 · 企业开办窗口（A01）')
  })

  it('does not send a leader without a window, and says so beside the window', async () => {
    call.mockImplementation(table())
    const { result } = renderHook(() => useStaffAdmin())
    act(() => result.current.open(newStaffDraft()))
    act(() => result.current.change({ name: '孙强', roles: ['leader'] }))
    await act(() => result.current.save())
    expect(result.current.errors.windowId).toBe('窗口负责人和窗口工作人员须选择所属窗口')
    expect(inputsOf('staff.upsert')).toEqual([])
  })

  it("saves, closes the form and reloads the list; the server's field messages show otherwise", async () => {
    call.mockImplementation(table({ 'admin staff.upsert': () => fail('INVALID_INPUT', '所属窗口不存在', { windowId: '所属窗口不存在' }) }))
    const { result } = renderHook(() => useStaffAdmin())
    act(() => result.current.open(newStaffDraft()))
    act(() => result.current.change({ name: '孙强', windowId: 'win-1' }))
    await act(() => result.current.save())
    expect(result.current.errors).toEqual({ windowId: '所属窗口不存在' })

    call.mockImplementation(table({ 'admin staff.upsert': (input) => ok({ staff: { ...input, id: 'staff-2', active: true, version: 1, bound: false } }) }))
    await act(() => result.current.save())
    expect(result.current.draft).toBeUndefined()
    expect(inputsOf('staff.upsert').at(-1)).toEqual({ name: '孙强', roles: ['staff'], windowId: 'win-1' })
    expect(inputsOf('staff.list').length).toBeGreaterThanOrEqual(2)
  })

  it('shows a new invite code with its expiry', async () => {
    call.mockImplementation(table({ 'admin staff.invite': ({ staffId }) => ok({ code: 'ABCD2345', expiresAt: 1_800_000_000_000, staffId }) }))
    const { result } = renderHook(() => useStaffAdmin())
    await act(() => result.current.makeInvite('staff-1'))
    expect(result.current.invite).toEqual({ code: 'ABCD2345', expiresAt: 1_800_000_000_000, staffId: 'staff-1' })
    act(() => result.current.closeInvite())
    expect(result.current.invite).toBeUndefined()
  })

  it('revokes and reloads; a refusal is shown as the server says', async () => {
    call.mockImplementation(table({ 'admin staff.revoke': () => fail('CONFLICT', '不能停用自己的账号') }))
    const { result } = renderHook(() => useStaffAdmin())
    await act(() => result.current.revoke('staff-1'))
    expect(result.current.error?.message).toBe('不能停用自己的账号')
    expect(inputsOf('staff.revoke')).toEqual([{ staffId: 'staff-1' }])
  })
})
