import { act, renderHook, waitFor } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import type { Item } from '@shared/items'
import { callCloud } from '../../api/cloud'
import { cloudTable } from '../cloud/cloudTable'
import { addMaterial, updateMaterial, type ItemForm } from './itemForm'
import { useItemEditor } from './useItemEditor'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.MockedFunction<typeof callCloud>

const departments = ok({
  departments: [
    { id: 'dept-scjg', name: '县市场监督管理局', order: 1, windows: [] },
    { id: 'dept-sw', name: '县税务局', order: 2, windows: [] },
  ],
})

const stored: Item = {
  id: 'item-7',
  name: '食品经营许可',
  departmentId: 'dept-scjg',
  assistingDepartmentIds: [],
  materials: [{ name: '营业执照', copies: 1, form: 'copy' }],
  notes: '',
  modes: ['walk-in'],
  estimatedMinutes: 40,
  active: true,
  version: 3,
}

const fill = (form: ItemForm): ItemForm => updateMaterial(addMaterial({ ...form, name: '食品经营许可', departmentId: 'dept-scjg' }), 0, { name: '营业执照' })

const actions = () => call.mock.calls.map(([name, action]) => `${name} ${action}`).filter((a) => a !== 'catalog departments.list')
const inputsOf = (action: string) => call.mock.calls.filter(([, a]) => a === action).map(([, , input]) => input as Record<string, any>)

beforeEach(() => call.mockReset())

describe('creating an item (R1)', () => {
  it('checks locally first and sends nothing while a field is wrong', async () => {
    call.mockImplementation(cloudTable({ 'catalog departments.list': () => departments }))
    const { result } = renderHook(() => useItemEditor())
    expect(result.current.errors).toEqual({}) // nothing shouted before the first save
    await act(() => result.current.save())
    expect(result.current.errors).toMatchObject({ name: '请填写事项名称', departmentId: '请选择主办部门' })
    expect(actions()).toEqual([])
    act(() => result.current.change((f) => ({ ...f, name: '食品经营许可' })))
    expect(result.current.errors.name).toBeUndefined() // re-checked as the admin types
  })

  it('keeps one request id across a retry, so a lost answer never makes two items', async () => {
    let answers = 0
    call.mockImplementation(
      cloudTable({
        'catalog departments.list': () => departments,
        'admin items.create': ({ requestId, item }) => (++answers === 1 ? fail('INTERNAL', '网络不稳定，请稍后重试') : ok({ item: { ...item, id: `item-${requestId}`, active: true, version: 1 } })),
      }),
    )
    const { result } = renderHook(() => useItemEditor())
    act(() => result.current.change(fill))
    await act(() => result.current.save())
    expect(result.current.error?.message).toBe('网络不稳定，请稍后重试')
    await act(() => result.current.save())
    const [first, second] = inputsOf('items.create')
    expect(second.requestId).toBe(first.requestId)
    expect(result.current.isNew).toBe(false)
    expect(result.current.saved?.id).toBe(`item-${first.requestId}`)
  })

  it('sends one request for a double tap', async () => {
    let release: () => void = () => {}
    call.mockImplementation(
      cloudTable({
        'catalog departments.list': () => departments,
        'admin items.create': ({ item }) => new Promise((resolve) => (release = () => resolve(ok({ item: { ...item, id: 'item-x', active: true, version: 1 } })))),
      }),
    )
    const { result } = renderHook(() => useItemEditor())
    act(() => result.current.change(fill))
    let taps: Promise<unknown>[] = []
    act(() => {
      taps = [result.current.save(), result.current.save()]
    })
    expect(result.current.saving).toBe(true)
    await act(async () => {
      release()
      await Promise.all(taps)
    })
    expect(inputsOf('items.create')).toHaveLength(1)
    expect(result.current.saving).toBe(false)
  })

  it("after creating, a second save updates the item it made instead of making another", async () => {
    call.mockImplementation(
      cloudTable({
        'catalog departments.list': () => departments,
        'admin items.create': ({ item }) => ok({ item: { ...item, id: 'item-new', active: true, version: 1 } }),
        'admin items.update': ({ id, version, item }) => ok({ item: { ...item, id, active: true, version: version + 1 } }),
      }),
    )
    const { result } = renderHook(() => useItemEditor())
    act(() => result.current.change(fill))
    await act(() => result.current.save())
    await act(() => result.current.save())
    expect(actions()).toEqual(['admin items.create', 'admin items.update'])
    expect(inputsOf('items.update')[0]).toMatchObject({ id: 'item-new', version: 1 })
  })

  it("shows the server's field messages beside the fields, and drops them on the next edit", async () => {
    call.mockImplementation(
      cloudTable({
        'catalog departments.list': () => departments,
        'admin items.create': () => fail('INVALID_INPUT', '所选部门不存在', { departmentId: '所选部门不存在', 'item.materials.0.name': '材料名称不能超过60个字' }),
      }),
    )
    const { result } = renderHook(() => useItemEditor())
    act(() => result.current.change(fill))
    await act(() => result.current.save())
    expect(result.current.errors).toEqual({ departmentId: '所选部门不存在', 'materials.0.name': '材料名称不能超过60个字' })
    act(() => result.current.change((f) => ({ ...f, departmentId: 'dept-sw' })))
    expect(result.current.errors).toEqual({})
  })
})

describe('editing an item', () => {
  const editing = (update: (input: any) => any) =>
    cloudTable({
      'catalog departments.list': () => departments,
      'catalog items.get': () => ok({ item: stored, windows: [] }),
      'admin items.update': update,
      'admin items.archive': ({ id, version }) => ok({ item: { ...stored, id, active: false, version: version + 1 } }),
    })

  it('loads the item and saves with the version it was loaded at', async () => {
    call.mockImplementation(editing(({ id, version, item }) => ok({ item: { ...stored, ...item, id, version: version + 1 } })))
    const { result } = renderHook(() => useItemEditor('item-7'))
    await waitFor(() => expect(result.current.loading).toBe(false))
    expect(result.current.form.name).toBe('食品经营许可')
    act(() => result.current.change((f) => ({ ...f, estimatedMinutes: '60' })))
    await act(() => result.current.save())
    expect(inputsOf('items.update')).toEqual([{ id: 'item-7', version: 3, item: expect.objectContaining({ estimatedMinutes: 60 }) }])
    expect(result.current.saved?.version).toBe(4)
  })

  it('on CONFLICT shows the message and offers a reload, never overwriting', async () => {
    call.mockImplementation(editing(() => fail('CONFLICT', '该事项已被他人修改，请刷新后重新编辑')))
    const { result } = renderHook(() => useItemEditor('item-7'))
    await waitFor(() => expect(result.current.loading).toBe(false))
    act(() => result.current.change((f) => ({ ...f, name: '我的修改' })))
    await act(() => result.current.save())
    expect(result.current.conflict).toBe(true)
    expect(result.current.error?.message).toBe('该事项已被他人修改，请刷新后重新编辑')
    expect(inputsOf('items.update')).toHaveLength(1) // no second, forced write

    call.mockImplementation(editing(() => fail('INTERNAL')))
    call.mockImplementationOnce(cloudTable({ 'catalog items.get': () => ok({ item: { ...stored, name: '他人的修改', version: 5 }, windows: [] }) }))
    await act(() => result.current.reload())
    expect(result.current.conflict).toBe(false)
    expect(result.current.form.name).toBe('他人的修改')
    expect(result.current.saved?.version).toBe(5)
  })

  it('archives with the loaded version', async () => {
    call.mockImplementation(editing(() => fail('INTERNAL')))
    const { result } = renderHook(() => useItemEditor('item-7'))
    await waitFor(() => expect(result.current.loading).toBe(false))
    await act(async () => {
      expect(await result.current.archive()).toBe(true)
    })
    expect(inputsOf('items.archive')).toEqual([{ id: 'item-7', version: 3 }])
    expect(result.current.saved?.active).toBe(false)
  })

  it('does not save before the item has loaded', async () => {
    call.mockImplementation(editing(() => fail('INTERNAL')))
    const { result } = renderHook(() => useItemEditor('item-7'))
    await act(() => result.current.save())
    expect(actions()).toEqual(['catalog items.get'])
    await waitFor(() => expect(result.current.loading).toBe(false))
  })
})
