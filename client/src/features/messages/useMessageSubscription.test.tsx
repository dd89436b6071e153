import { act, renderHook } from '@testing-library/react'
import { ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { requestSubscribe } from '../../api/subscribe'
import { useStaffSubscription } from './useStaffSubscription'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../api/subscribe', () => ({ requestSubscribe: jest.fn() }))
const call = callCloud as jest.Mock
const subscribe = requestSubscribe as jest.Mock

beforeEach(() => {
  call.mockReset()
  subscribe.mockReset()
})

describe('staff allow new-appointment messages from the queue (R9, R10)', () => {
  it('asks as the tap’s first call, reports the accept, and says how many messages may arrive', async () => {
    subscribe.mockResolvedValue({ 't-dispatch': 'accept' })
    call.mockResolvedValue(ok({ remaining: { 't-dispatch': 2 } }))
    const { result } = renderHook(() => useStaffSubscription(['t-dispatch']))
    let done: Promise<void> = Promise.resolve()
    act(() => {
      done = result.current.allow()
    })
    expect(subscribe).toHaveBeenCalledWith(['t-dispatch'])
    await act(() => done)
    expect(call).toHaveBeenCalledWith('booking', 'subscriptions.grant', { requestId: expect.any(String), answers: { 't-dispatch': 'accept' } })
    expect(result.current).toMatchObject({ left: 2, refused: false })
  })

  it('reports nothing and says the reminder is off when declined', async () => {
    subscribe.mockResolvedValue({ 't-dispatch': 'reject' })
    const { result } = renderHook(() => useStaffSubscription(['t-dispatch']))
    await act(() => result.current.allow())
    expect(call).not.toHaveBeenCalled()
    expect(result.current).toMatchObject({ left: undefined, refused: true })
  })

  it('offers nothing while no template is set', () => {
    expect(renderHook(() => useStaffSubscription([])).result.current.available).toBe(false)
  })
})
