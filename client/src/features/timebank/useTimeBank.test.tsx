import { act, renderHook, waitFor } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { useTimeBank } from './useTimeBank'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

const MINE = { balance: 85, available: 85, entries: [], requests: [], toDecide: [], colleagues: [{ id: 'staff-rs-leader', name: '吴刚', scope: 'window', windowName: '4号窗口（社保业务）' }], workingHours: [] }
const FORM = { date: '2026-10-19', start: '08:30', end: '09:30', coverStaffId: 'staff-rs-leader', reason: '家中有事' }

beforeEach(() => call.mockReset())

describe('the time bank hook (R24)', () => {
  it('asks for leave with one request id until it succeeds, then clears the form and reloads', async () => {
    call.mockImplementation(async (_fn: string, action: string) => (action === 'timebank.mine' ? ok(MINE) : undefined))
    const { result } = renderHook(() => useTimeBank())
    await waitFor(() => expect(result.current.data).toEqual(MINE))
    act(() => result.current.update(FORM))
    call.mockResolvedValueOnce(fail('INTERNAL', '网络不稳定，请稍后重试')).mockResolvedValueOnce(ok({ leave: { approver: 'section' }, created: true })).mockResolvedValue(ok(MINE))
    await act(() => result.current.submit())
    expect(result.current.writeError?.message).toBe('网络不稳定，请稍后重试')
    await act(() => result.current.submit())
    const sends = call.mock.calls.filter(([, action]) => action === 'leave.request').map(([, , input]) => input)
    expect(sends).toEqual([{ requestId: expect.any(String), ...FORM }, { requestId: sends[0].requestId, ...FORM }])
    expect(result.current.sent).toBe('section')
    expect(result.current.form.reason).toBe('')
  })

  it('shows the server’s field errors, e.g. a cover on leave then, and sends nothing for a blank form', async () => {
    call.mockResolvedValue(ok(MINE))
    const { result } = renderHook(() => useTimeBank())
    await waitFor(() => expect(result.current.data).toBeDefined())
    await act(() => result.current.submit())
    expect(result.current.fieldErrors.date).toBe('请选择调休日期')
    expect(call.mock.calls.some(([, action]) => action === 'leave.request')).toBe(false)
    act(() => result.current.update(FORM))
    call.mockResolvedValueOnce(fail('INVALID_INPUT', '该同事这个时段也在调休，不能顶岗', { coverStaffId: '该同事这个时段也在调休，不能顶岗' }))
    await act(() => result.current.submit())
    expect(result.current.fieldErrors).toEqual({ coverStaffId: '该同事这个时段也在调休，不能顶岗' })
  })

  it('lets a leader approve, or reject with a note, and reloads', async () => {
    call.mockResolvedValue(ok(MINE))
    const { result } = renderHook(() => useTimeBank())
    await waitFor(() => expect(result.current.data).toBeDefined())
    await act(async () => {
      await result.current.decide('leave-1', 'reject', '人手不足')
    })
    expect(call).toHaveBeenCalledWith('counter', 'leave.decide', { leaveId: 'leave-1', decision: 'reject', note: '人手不足' })
    expect(call.mock.calls.filter(([, action]) => action === 'timebank.mine').length).toBeGreaterThanOrEqual(2)
  })
})
