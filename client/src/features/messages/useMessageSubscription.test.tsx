import { act, renderHook } from '@testing-library/react'
import { ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { requestSubscribe } from '../../api/subscribe'
import { messageAsk } from '../booking/subscribeTemplates'
import { useMessageSubscription } from './useMessageSubscription'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../api/subscribe', () => ({ requestSubscribe: jest.fn() }))
const call = callCloud as jest.Mock
const subscribe = requestSubscribe as jest.Mock

beforeEach(() => {
  call.mockReset()
  subscribe.mockReset()
})

const oneTime = { templates: ['t-dispatch'], longTerm: false }
const longTerm = { templates: ['t-dispatch', 't-review'], longTerm: true }

describe('staff and the section allow their messages with a tap (R9, R10, R16, R17)', () => {
  it('asks as the tap’s first call, reports the accept, and says how many messages may arrive', async () => {
    subscribe.mockResolvedValue({ 't-dispatch': 'accept' })
    call.mockResolvedValue(ok({ remaining: { 't-dispatch': 2 } }))
    const { result } = renderHook(() => useMessageSubscription(oneTime))
    let done: Promise<void> = Promise.resolve()
    act(() => {
      done = result.current.allow()
    })
    expect(subscribe).toHaveBeenCalledWith(['t-dispatch'])
    await act(() => done)
    expect(call).toHaveBeenCalledWith('booking', 'subscriptions.grant', { requestId: expect.any(String), answers: { 't-dispatch': 'accept' } })
    expect(result.current).toMatchObject({ left: 2, on: true, refused: false })
  })

  it('is on after one accept of a long-term ask', async () => {
    subscribe.mockResolvedValue({ 't-dispatch': 'accept', 't-review': 'accept' })
    call.mockResolvedValue(ok({ remaining: { 't-dispatch': 1, 't-review': 1 } }))
    const { result } = renderHook(() => useMessageSubscription(longTerm))
    await act(() => result.current.allow())
    expect(subscribe).toHaveBeenCalledWith(['t-dispatch', 't-review'])
    expect(result.current).toMatchObject({ longTerm: true, on: true, refused: false })
  })

  it('reports nothing and says the reminder is off when declined', async () => {
    subscribe.mockResolvedValue({ 't-dispatch': 'reject' })
    const { result } = renderHook(() => useMessageSubscription(oneTime))
    await act(() => result.current.allow())
    expect(call).not.toHaveBeenCalled()
    expect(result.current).toMatchObject({ left: undefined, on: false, refused: true })
  })

  it('offers nothing while no template is set', () => {
    expect(renderHook(() => useMessageSubscription({ templates: [], longTerm: false })).result.current.available).toBe(false)
  })
})

describe('messageAsk', () => {
  it('is long-term only when every id of the ask is', () => {
    const templates = { citizen: ['c'], staff: ['d', 'r'], section: ['d', 'x'], longTerm: ['d', 'r'] }
    expect(messageAsk(templates, 'staff')).toEqual({ templates: ['d', 'r'], longTerm: true })
    expect(messageAsk(templates, 'section')).toEqual({ templates: ['d', 'x'], longTerm: false })
  })
})
