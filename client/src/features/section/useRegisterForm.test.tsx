import { act, renderHook, waitFor } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { summarizeItem } from '@shared/items'
import { callCloud } from '../../api/cloud'
import { upcomingAt, viewOf } from '../booking/fixtures'
import { fakeCloud, itemOf } from '../items/fixtures'
import { useRegisterForm } from './useRegisterForm'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock
const requests = () => call.mock.calls.filter(([, action]) => action === 'appointments.request').map(([, , input]) => input as Record<string, any>)

const ITEMS = [itemOf(), itemOf({ id: 'item-009', name: '仅现场办理事项', modes: ['walk-in'] })].map(summarizeItem)

function serve(request: () => ReturnType<typeof ok> | ReturnType<typeof fail>) {
  call.mockImplementation(
    fakeCloud({
      'catalog/items.list': () => ok({ items: ITEMS }),
      'catalog/calendar.upcoming': () => ok(upcomingAt('2026-09-28T10:00:00+08:00')),
      'booking/appointments.request': request,
    }),
  )
}

async function filledForm() {
  const hook = renderHook(() => useRegisterForm())
  await waitFor(() => expect(hook.result.current.choices).toBeDefined())
  await waitFor(() => expect(hook.result.current.items).toHaveLength(1))
  act(() => {
    hook.result.current.setChannel('phone')
    hook.result.current.chooseItem(hook.result.current.items[0])
    hook.result.current.chooseHoliday('国庆节')
  })
  act(() => {
    hook.result.current.update('date', '2026-10-02')
    hook.result.current.update('halfDay', 'am')
    hook.result.current.update('name', '王先生')
    hook.result.current.update('phone', '13912345678')
  })
  return hook
}

beforeEach(() => call.mockReset())

describe('registering a desk or phone request (R7)', () => {
  it('offers only items bookable for a holiday', async () => {
    serve(() => ok({ appointment: viewOf() }))
    const { result } = renderHook(() => useRegisterForm())
    await waitFor(() => expect(result.current.items.map((i) => i.id)).toEqual(['item-001']))
  })

  it('sends the phone channel and shows the created appointment’s status', async () => {
    serve(() => ok({ appointment: viewOf({ id: 'a-7', channel: 'phone' }) }))
    const { result } = await filledForm()
    await act(() => result.current.submit())
    expect(requests()).toEqual([expect.objectContaining({ channel: 'phone', itemIds: ['item-001'], date: '2026-10-02', halfDay: 'am', applicant: { name: '王先生', phone: '13912345678' } })])
    expect(result.current.created?.statusText).toBe('已提交')
  })

  it('keeps one request id across retries and takes a fresh one for the next registration', async () => {
    let answer: ReturnType<typeof ok> | ReturnType<typeof fail> = fail('INTERNAL', '网络不稳定，请稍后重试')
    serve(() => answer)
    const { result } = await filledForm()
    await act(() => result.current.submit())
    answer = ok({ appointment: viewOf() })
    await act(() => result.current.submit())
    const [first, second] = requests()
    expect(second.requestId).toBe(first.requestId)
    act(() => result.current.reset())
    expect(result.current.created).toBeUndefined()
    expect(result.current.item).toBeUndefined()
    expect(result.current.draft.name).toBe('')
    expect(result.current.requestId).not.toBe(first.requestId)
  })

  it('puts the server’s field message beside the field (LIMIT_REACHED shown as said)', async () => {
    serve(() => fail('LIMIT_REACHED', '该手机号本节假日的预约已达上限'))
    const { result } = await filledForm()
    await act(() => result.current.submit())
    expect(result.current.refusal?.message).toBe('该手机号本节假日的预约已达上限')
    expect(result.current.created).toBeUndefined()
  })
})
