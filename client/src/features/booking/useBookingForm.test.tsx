import { act, renderHook, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { fakeCloud, itemOf } from '../items/fixtures'
import { upcomingAt, viewOf } from './fixtures'
import { useBookingForm } from './useBookingForm'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

const requests = () => call.mock.calls.filter(([, action]) => action === 'appointments.request').map(([, , input]) => input as Record<string, any>)

function serve(request: () => ReturnType<typeof ok> | ReturnType<typeof fail>, now = '2026-09-30T16:59:00+08:00') {
  call.mockImplementation(
    fakeCloud({
      'catalog/items.get': () => ok({ item: itemOf({ id: 'item-006', name: '社会保障卡申领与补换' }), windows: [] }),
      'catalog/calendar.upcoming': () => ok(upcomingAt(now)),
      'booking/appointments.request': request,
    }),
  )
}

async function filledForm() {
  const hook = renderHook(() => useBookingForm({ itemIds: ['item-006'] }))
  await waitFor(() => expect(hook.result.current.choices && hook.result.current.itemNames.length).toBeTruthy())
  act(() => hook.result.current.chooseHoliday('国庆节'))
  act(() => {
    hook.result.current.update('date', '2026-10-02')
    hook.result.current.update('halfDay', 'am')
    hook.result.current.update('name', '张三')
    hook.result.current.update('phone', '13812345678')
  })
  return hook
}

beforeEach(() => call.mockReset())

describe('the book page form (R6, R7, R8)', () => {
  it('offers the open holidays, 国庆节 among them, until its deadline', async () => {
    serve(() => ok({ appointment: viewOf() }))
    const { result } = renderHook(() => useBookingForm({ itemIds: ['item-006'] }))
    await waitFor(() => expect(result.current.choices).toBeDefined())
    expect(result.current.choices?.open.map((h) => h.name)).toContain('国庆节')
  })

  it('checks locally and sends nothing while a field is wrong', async () => {
    serve(() => ok({ appointment: viewOf() }))
    const { result } = await filledForm()
    act(() => result.current.update('phone', '123'))
    await act(() => result.current.submit())
    expect(result.current.errors['applicant.phone']).toBe('联系电话应为手机号或带区号的固定电话')
    expect(requests()).toEqual([])
  })

  it('sends the request and opens the appointment page (redirectTo)', async () => {
    serve(() => ok({ appointment: viewOf({ id: 'a-42' }) }))
    const redirectTo = jest.spyOn(Taro, 'redirectTo')
    const { result } = await filledForm()
    await act(() => result.current.submit())
    expect(requests()).toEqual([
      {
        requestId: result.current.requestId,
        itemIds: ['item-006'],
        date: '2026-10-02',
        halfDay: 'am',
        applicant: { name: '张三', phone: '13812345678' },
        channel: 'mini-program',
      },
    ])
    expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/citizen/pages/appointment/index?id=a-42&notify=off&booked=1' })
  })

  it('keeps the one request id across a failed attempt and its retry', async () => {
    let attempt = 0
    serve(() => (++attempt === 1 ? fail('INTERNAL', '网络不稳定，请稍后重试') : ok({ appointment: viewOf() })))
    const { result } = await filledForm()
    await act(() => result.current.submit())
    expect(result.current.refusal?.message).toBe('网络不稳定，请稍后重试')
    await act(() => result.current.submit())
    const ids = requests().map((r) => r.requestId)
    expect(ids).toHaveLength(2)
    expect(ids[0]).toBe(ids[1])
  })

  it('sends a double tap once', async () => {
    serve(() => ok({ appointment: viewOf() }))
    const { result } = await filledForm()
    await act(() => Promise.all([result.current.submit(), result.current.submit()]))
    expect(requests()).toHaveLength(1)
  })

  it("shows the server's refusal and reads the calendar again when booking has closed (R6)", async () => {
    serve(() => fail('BOOKING_CLOSED', '国庆节的预约已于9月30日17:00截止'))
    const { result } = await filledForm()
    const before = call.mock.calls.filter(([, a]) => a === 'calendar.upcoming').length
    await act(() => result.current.submit())
    expect(result.current.refusal?.message).toBe('国庆节的预约已于9月30日17:00截止')
    await waitFor(() => expect(call.mock.calls.filter(([, a]) => a === 'calendar.upcoming').length).toBe(before + 1))
  })

  it('shows a refusal of one field beside it', async () => {
    serve(() => fail('INVALID_INPUT', '期望时间不在办理时间内', { time: '期望时间不在办理时间内' }))
    const { result } = await filledForm()
    await act(() => result.current.submit())
    expect(result.current.errors.time).toBe('期望时间不在办理时间内')
  })
})
