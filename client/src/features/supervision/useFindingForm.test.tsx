import { act, renderHook } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { useFindingForm } from './useFindingForm'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

beforeEach(() => call.mockReset())

describe('recording a finding (R23)', () => {
  it('R23 checks the form with the server’s words and sends nothing until it is whole', async () => {
    const saved = jest.fn()
    const { result } = renderHook(() => useFindingForm('2026-10-20', saved))
    act(() => result.current.update({ kind: 'complaint' }))
    await act(() => result.current.submit())
    expect(result.current.errors).toMatchObject({ windowId: expect.any(String), evidence: expect.any(String) })
    expect(call).not.toHaveBeenCalled()
    expect(saved).not.toHaveBeenCalled()
  })

  it('R23 sends one request id until saved, then clears the form and re-reads the report', async () => {
    const saved = jest.fn()
    const { result } = renderHook(() => useFindingForm('2026-10-20', saved))
    act(() => result.current.update({ kind: 'complaint', channel: '12345', windowId: 'win-02', evidence: '  12345工单，经核实属实  ' }))
    call.mockResolvedValueOnce(fail('INTERNAL', '网络不稳定，请稍后重试')).mockResolvedValueOnce(ok({ finding: {}, created: true }))
    await act(() => result.current.submit())
    expect(result.current.error?.message).toBe('网络不稳定，请稍后重试')
    await act(() => result.current.submit())
    const sent = call.mock.calls.map(([, , input]) => input)
    expect(sent[0]).toEqual({ requestId: expect.any(String), kind: 'complaint', channel: '12345', windowId: 'win-02', date: '2026-10-20', evidence: '12345工单，经核实属实' })
    expect(sent[1].requestId).toBe(sent[0].requestId)
    expect(saved).toHaveBeenCalledTimes(1)
    expect(result.current.saved).toBe(true)
    expect(result.current.draft).toMatchObject({ evidence: '', windowId: '', date: '2026-10-20' })
  })

  it('R23 shows the server’s field error, e.g. a day after today', async () => {
    const { result } = renderHook(() => useFindingForm('2026-10-20', jest.fn()))
    act(() => result.current.update({ windowId: 'win-02', evidence: '检查发现', date: '2026-10-21' }))
    call.mockResolvedValueOnce(fail('INVALID_INPUT', '不能记录今天以后的日期', { date: '不能记录今天以后的日期' }))
    await act(() => result.current.submit())
    expect(result.current.errors).toEqual({ date: '不能记录今天以后的日期' })
  })
})
