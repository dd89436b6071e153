import { act, renderHook, waitFor } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { cloudTable } from '../cloud/cloudTable'
import { newWindowDraft } from './orgDrafts'
import { useOrgAdmin } from './useOrgAdmin'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.MockedFunction<typeof callCloud>

const list = () => ok({ departments: [{ id: 'dept-a', name: '县市场监督管理局', order: 1, windows: [] }] })

beforeEach(() => call.mockReset())

describe('departments and windows', () => {
  it('shows a window number already in use beside the number, keeping the form open', async () => {
    call.mockImplementation(
      cloudTable({ 'catalog departments.list': list, 'admin windows.upsert': () => fail('CONFLICT', '窗口号 A01 已被使用', { number: '窗口号已被使用' }) }),
    )
    const { result } = renderHook(() => useOrgAdmin())
    await waitFor(() => expect(result.current.departments).toHaveLength(1))
    act(() => result.current.open(newWindowDraft('dept-a')))
    act(() => result.current.change({ name: '企业开办窗口', number: 'A01' }))
    await act(async () => {
      expect(await result.current.save()).toBe(false)
    })
    expect(result.current.errors).toEqual({ number: '窗口号已被使用' })
    expect(result.current.error?.message).toBe('窗口号 A01 已被使用')
    expect(result.current.draft).toBeDefined()
  })

  it('saves a valid window, closes the form and reloads the list', async () => {
    call.mockImplementation(cloudTable({ 'catalog departments.list': list, 'admin windows.upsert': (input) => ok({ window: { ...input, id: 'win-9' } }) }))
    const { result } = renderHook(() => useOrgAdmin())
    act(() => result.current.open(newWindowDraft('dept-a')))
    act(() => result.current.change({ name: '企业开办窗口', number: 'A09' }))
    await act(() => result.current.save())
    expect(result.current.draft).toBeUndefined()
    expect(call.mock.calls.filter(([, a]) => a === 'windows.upsert').map(([, , i]) => i)).toEqual([{ departmentId: 'dept-a', name: '企业开办窗口', number: 'A09' }])
    expect(call.mock.calls.filter(([, a]) => a === 'departments.list').length).toBeGreaterThanOrEqual(2)
  })

  it('checks the draft before sending it', async () => {
    call.mockImplementation(cloudTable({ 'catalog departments.list': list }))
    const { result } = renderHook(() => useOrgAdmin())
    act(() => result.current.open(newWindowDraft('dept-a')))
    await act(() => result.current.save())
    expect(result.current.errors).toMatchObject({ name: '请填写窗口名称' })
  })
})
