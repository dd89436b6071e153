import { act, renderHook } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { fakeCloud } from '../items/fixtures'
import { entryOf } from './fixtures'
import { useChangeDecision } from './useChangeDecision'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock
const sent = (action: string) => call.mock.calls.filter(([, a]) => a === action).map(([, , input]) => input as Record<string, any>)

beforeEach(() => call.mockReset())

describe('deciding a proposed change (R16)', () => {
  it('approves with the note and the version read', async () => {
    call.mockImplementation(fakeCloud({ 'section/changes.decide': () => ok({ appointment: entryOf({ status: 'confirmed' }).appointment }) }))
    const onDone = jest.fn()
    const { result } = renderHook(() => useChangeDecision(entryOf({ status: 'change_pending', version: 5 }), onDone))
    act(() => result.current.setNote(' 同意顺延 '))
    await act(() => result.current.decide(true))
    expect(sent('changes.decide')).toEqual([{ appointmentId: 'appt-1', version: 5, requestId: expect.any(String), approve: true, note: '同意顺延' }])
    expect(onDone).toHaveBeenCalled()
  })

  it('says plainly that it is too late to change (CHANGE_TOO_LATE)', async () => {
    call.mockImplementation(fakeCloud({ 'section/changes.decide': () => fail('CHANGE_TOO_LATE', '距约定时间不足12小时，不能再变更') }))
    const onDone = jest.fn()
    const { result } = renderHook(() => useChangeDecision(entryOf({ status: 'change_pending' }), onDone))
    await act(() => result.current.decide(true))
    expect(result.current.refusal?.message).toBe('距约定时间不足12小时，不能再变更')
    expect(onDone).not.toHaveBeenCalled()
    expect(sent('changes.decide')[0]).not.toHaveProperty('note')
  })
})
