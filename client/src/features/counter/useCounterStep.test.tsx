import { act, renderHook } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { COUNTER_CONFLICT_NOTICE, useCounterStep } from './useCounterStep'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

const appointment = { id: 'appt-1', version: 3 }
const confirmed = { ok: true as const, value: { agreedTime: '09:00', contact: { note: '', materialsToldInFull: true } } }

beforeEach(() => call.mockReset())

describe('a window step’s form', () => {
  it('sends the appointment, its version, a request id and the payload to `counter`', async () => {
    call.mockResolvedValue(ok({ appointment: {} }))
    const reload = jest.fn()
    const { result } = renderHook(() => useCounterStep('confirm', appointment, reload))
    await act(() => result.current.submit(confirmed))
    expect(call).toHaveBeenCalledWith('counter', 'appointments.confirm', {
      appointmentId: 'appt-1',
      version: 3,
      requestId: expect.stringMatching(/^[A-Za-z0-9]{24}$/),
      ...confirmed.value,
    })
    expect(reload).toHaveBeenCalled()
  })

  it('retries a failed write with the same request id, and uses a new one after success', async () => {
    call.mockResolvedValueOnce(fail('INTERNAL', '网络不稳定，请稍后重试')).mockResolvedValue(ok({ appointment: {} }))
    const { result } = renderHook(() => useCounterStep('start', appointment, jest.fn()))
    await act(() => result.current.submit({ ok: true, value: {} }))
    expect(result.current.error?.message).toBe('网络不稳定，请稍后重试')
    await act(() => result.current.submit({ ok: true, value: {} }))
    await act(() => result.current.submit({ ok: true, value: {} }))
    const ids = call.mock.calls.map(([, , input]) => (input as { requestId: string }).requestId)
    expect(ids[0]).toBe(ids[1])
    expect(ids[2]).not.toBe(ids[1])
  })

  it('reloads and says so when someone else saved first (CONFLICT)', async () => {
    call.mockResolvedValue(fail('CONFLICT', '记录已被修改'))
    const reload = jest.fn()
    const { result } = renderHook(() => useCounterStep('assign', appointment, reload))
    await act(() => result.current.submit({ ok: true, value: { staffId: 'staff-1' } }))
    expect(reload).toHaveBeenCalled()
    expect(result.current.notice).toBe(COUNTER_CONFLICT_NOTICE)
    expect(result.current.error).toBeUndefined()
  })

  it('shows the server’s message as it is, e.g. TOO_EARLY before agreed time + 30 minutes (R18)', async () => {
    call.mockResolvedValue(fail('TOO_EARLY', '约定时间30分钟后才能登记迟到'))
    const { result } = renderHook(() => useCounterStep('markLate', appointment, jest.fn()))
    await act(() => result.current.submit({ ok: true, value: { contacted: true, gaveUp: false, note: '' } }))
    expect(result.current.error).toEqual({ code: 'TOO_EARLY', message: '约定时间30分钟后才能登记迟到' })
  })

  it('puts the server’s field errors beside their fields', async () => {
    call.mockResolvedValue(fail('INVALID_INPUT', '请检查填写内容', { staffId: '该人员不属于本窗口' }))
    const { result } = renderHook(() => useCounterStep('assign', appointment, jest.fn()))
    await act(() => result.current.submit({ ok: true, value: { staffId: 'staff-x' } }))
    expect(result.current.fieldErrors).toEqual({ staffId: '该人员不属于本窗口' })
  })

  it('sends nothing while the form has errors', async () => {
    const { result } = renderHook(() => useCounterStep('forceMajeure', appointment, jest.fn()))
    await act(() => result.current.submit({ ok: false, errors: { note: '请填写不可抗力情况说明' } }))
    expect(call).not.toHaveBeenCalled()
    expect(result.current.fieldErrors).toEqual({ note: '请填写不可抗力情况说明' })
  })

  it('ignores a second tap while the first write runs', async () => {
    let answer: (v: unknown) => void = () => undefined
    call.mockReturnValue(new Promise((resolve) => (answer = resolve)))
    const { result } = renderHook(() => useCounterStep('start', appointment, jest.fn()))
    let first: Promise<boolean> = Promise.resolve(false)
    act(() => {
      first = result.current.submit({ ok: true, value: {} })
    })
    expect(result.current.busy).toBe(true)
    await act(() => result.current.submit({ ok: true, value: {} }))
    await act(async () => {
      answer(ok({ appointment: {} }))
      await first
    })
    expect(call).toHaveBeenCalledTimes(1)
  })
})
