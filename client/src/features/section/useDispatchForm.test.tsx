import { act, renderHook } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { fakeCloud } from '../items/fixtures'
import { entryOf } from './fixtures'
import { useDispatchForm } from './useDispatchForm'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock
const sent = (action: string) => call.mock.calls.filter(([, a]) => a === action).map(([, , input]) => input as Record<string, any>)

beforeEach(() => call.mockReset())

describe('dispatching a waiting request (R9, R13)', () => {
  it('asks for a lead window before sending anything', async () => {
    const { result } = renderHook(() => useDispatchForm(entryOf(), jest.fn()))
    await act(() => result.current.submit())
    expect(result.current.errors.leadWindowId).toBe('请选择主办窗口')
    expect(call).not.toHaveBeenCalled()
  })

  it('sends the version read with the inbox and one request id however often it is retried', async () => {
    call.mockImplementation(fakeCloud({ 'section/appointments.dispatch': () => fail('INTERNAL', '网络不稳定，请稍后重试') }))
    const onDone = jest.fn()
    const { result } = renderHook(() => useDispatchForm(entryOf({ version: 3 }), onDone))
    act(() => {
      result.current.setLeadWindowId('win-02')
      result.current.toggleAssisting('win-04')
    })
    await act(() => result.current.submit())
    await act(() => result.current.submit())
    const [first, second] = sent('appointments.dispatch')
    expect(first).toEqual({ appointmentId: 'appt-1', version: 3, requestId: first.requestId, leadWindowId: 'win-02', assistingWindowIds: ['win-04'] })
    expect(second.requestId).toBe(first.requestId)
    expect(result.current.refusal?.message).toBe('网络不稳定，请稍后重试')
    expect(onDone).not.toHaveBeenCalled()
  })

  it('shows the server’s message beside the window it refused', async () => {
    call.mockImplementation(
      fakeCloud({ 'section/appointments.dispatch': () => fail('INVALID_INPUT', '配合窗口须为事项配合部门的窗口', { 'assistingWindowIds.0': '配合窗口须为事项配合部门的窗口' }) }),
    )
    const { result } = renderHook(() => useDispatchForm(entryOf(), jest.fn()))
    act(() => {
      result.current.setLeadWindowId('win-02')
      result.current.toggleAssisting('win-09')
    })
    await act(() => result.current.submit())
    expect(result.current.errors['assistingWindowIds.0']).toBe('配合窗口须为事项配合部门的窗口')
  })

  it('reloads the inbox once dispatched', async () => {
    call.mockImplementation(fakeCloud({ 'section/appointments.dispatch': () => ok({ appointment: entryOf({ status: 'dispatched' }).appointment }) }))
    const onDone = jest.fn()
    const { result } = renderHook(() => useDispatchForm(entryOf(), onDone))
    act(() => result.current.setLeadWindowId('win-02'))
    await act(() => result.current.submit())
    expect(onDone).toHaveBeenCalledTimes(1)
  })
})
