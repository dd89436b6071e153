import { act, renderHook, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { requestSubscribe } from '../../api/subscribe'
import { fakeCloud, itemOf } from '../items/fixtures'
import { upcomingAt, viewOf } from './fixtures'
import { useBookingForm } from './useBookingForm'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../api/subscribe', () => ({ requestSubscribe: jest.fn() }))
const call = callCloud as jest.Mock
const subscribe = requestSubscribe as jest.Mock

const TEMPLATES = { citizen: ['t-confirm', 't-change', 't-remind'], staff: ['t-dispatch'] }
const grants = () => call.mock.calls.filter(([, action]) => action === 'subscriptions.grant').map(([, , input]) => input as Record<string, any>)

beforeEach(() => {
  call.mockReset()
  subscribe.mockReset()
  call.mockImplementation(
    fakeCloud({
      'catalog/items.get': () => ok({ item: itemOf({ id: 'item-006', name: '社会保障卡申领与补换' }), windows: [] }),
      'catalog/calendar.upcoming': () => ok({ ...upcomingAt('2026-09-30T16:00:00+08:00'), subscribeTemplates: TEMPLATES }),
      'booking/appointments.request': () => ok({ appointment: viewOf({ id: 'a-7' }) }),
      'booking/subscriptions.grant': () => ok({ remaining: { 't-confirm': 1, 't-change': 1, 't-remind': 0 } }),
    }),
  )
})

async function filledForm() {
  const hook = renderHook(() => useBookingForm({ itemIds: ['item-006'] }))
  await waitFor(() => expect(hook.result.current.choices && hook.result.current.itemNames.length).toBeTruthy())
  act(() => {
    hook.result.current.update('date', '2026-10-02')
    hook.result.current.update('halfDay', 'am')
    hook.result.current.update('name', '张三')
    hook.result.current.update('phone', '13812345678')
  })
  return hook
}

describe('asking for messages on submit (docs/platform.md)', () => {
  it('asks for the citizen’s templates as the tap’s first call, before anything is awaited or sent', async () => {
    let answer: (value: Record<string, string>) => void = () => {}
    subscribe.mockReturnValue(new Promise((resolve) => (answer = resolve)))
    const { result } = await filledForm()
    const sentBefore = call.mock.calls.length
    let submitted: Promise<void> = Promise.resolve()
    act(() => {
      submitted = result.current.submit()
    })
    expect(subscribe).toHaveBeenCalledWith(['t-confirm', 't-change', 't-remind'])
    expect(call.mock.calls.length).toBe(sentBefore)
    await act(async () => {
      answer({ 't-confirm': 'accept', 't-change': 'accept', 't-remind': 'reject' })
      await submitted
    })
    expect(call.mock.calls.some(([, action]) => action === 'appointments.request')).toBe(true)
  })

  it('reports what was accepted and tells the appointment page messages will arrive', async () => {
    subscribe.mockResolvedValue({ 't-confirm': 'accept', 't-change': 'accept', 't-remind': 'reject' })
    const redirectTo = jest.spyOn(Taro, 'redirectTo')
    const { result } = await filledForm()
    await act(() => result.current.submit())
    expect(grants()).toEqual([{ requestId: expect.any(String), answers: { 't-confirm': 'accept', 't-change': 'accept', 't-remind': 'reject' } }])
    expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/citizen/pages/appointment/index?id=a-7&notify=on&booked=1' })
  })

  it('submits all the same when the citizen declines, reporting nothing and saying messages will not arrive', async () => {
    subscribe.mockResolvedValue({ 't-confirm': 'reject', 't-change': 'reject', 't-remind': 'reject' })
    const redirectTo = jest.spyOn(Taro, 'redirectTo')
    const { result } = await filledForm()
    await act(() => result.current.submit())
    expect(call.mock.calls.filter(([, action]) => action === 'appointments.request')).toHaveLength(1)
    expect(grants()).toEqual([])
    expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/citizen/pages/appointment/index?id=a-7&notify=off&booked=1' })
  })

  it('does not ask while a field is wrong', async () => {
    const { result } = await filledForm()
    act(() => result.current.update('phone', '12'))
    await act(() => result.current.submit())
    expect(subscribe).not.toHaveBeenCalled()
  })
})
