import { act, fireEvent, render, renderHook, screen } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { fakeCloud } from '../items/fixtures'
import { entryOf } from '../section/fixtures'
import { ExceptionFlags } from './ExceptionFlags'
import { SplitPanel } from './SplitPanel'
import { useSplitForm } from './useSplitForm'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock
const sent = () => call.mock.calls.filter(([, a]) => a === 'appointments.split').map(([, , input]) => input as Record<string, any>)

const ITEMS = [
  { id: 'item-020', name: '住房公积金贷款申请', departmentId: 'dept-gjj' },
  { id: 'item-009', name: '二手房转移登记', departmentId: 'dept-bdc' },
]
const long = () => entryOf({ itemIds: ['item-020', 'item-009'], version: 4 }, { items: ITEMS, estimatedMinutes: 270, overHalfDay: true })

beforeEach(() => call.mockReset())

describe('splitting a request over half a working day (R14)', () => {
  it('flags it on the card in words the section reads', () => {
    render(<ExceptionFlags entry={long()} />)
    expect(screen.getByText('预计超过半个工作日：各事项预计共270分钟，可拆分为两次预约')).toBeTruthy()
  })

  it('offers no split for one item', () => {
    const { container } = render(<SplitPanel entry={entryOf()} onDone={jest.fn()} />)
    expect(container.textContent).toBe('')
  })

  it('asks which items move before sending anything, then sends them with the version read and one request id', async () => {
    call.mockImplementation(fakeCloud({ 'section/appointments.split': () => fail('INTERNAL', '网络不稳定，请稍后重试') }))
    const onDone = jest.fn()
    const { result } = renderHook(() => useSplitForm(long(), onDone))
    await act(() => result.current.submit())
    expect(result.current.errors.itemIds).toBe('请选择要移到另一次预约的事项')
    expect(call).not.toHaveBeenCalled()
    act(() => result.current.toggle('item-009'))
    await act(() => result.current.submit())
    await act(() => result.current.submit())
    const [first, second] = sent()
    expect(first).toEqual({ appointmentId: 'appt-1', version: 4, requestId: first.requestId, itemIds: ['item-009'] })
    expect(second.requestId).toBe(first.requestId)
    expect(onDone).not.toHaveBeenCalled()
  })

  it('reloads the inbox once split', async () => {
    call.mockImplementation(fakeCloud({ 'section/appointments.split': () => ok({ appointment: long().appointment, split: long().appointment }) }))
    const onDone = jest.fn()
    render(<SplitPanel entry={long()} onDone={onDone} />)
    fireEvent.click(screen.getByText('拆分为两次预约'))
    fireEvent.click(screen.getByText('二手房转移登记'))
    await act(async () => {
      fireEvent.click(screen.getByText('确认拆分'))
    })
    expect(sent()[0].itemIds).toEqual(['item-009'])
    expect(onDone).toHaveBeenCalled()
  })
})
