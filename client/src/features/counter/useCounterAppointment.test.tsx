import { act, renderHook, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { viewOf } from '../booking/fixtures'
import { fakeCloud } from '../items/fixtures'
import { useCounterAppointment } from './useCounterAppointment'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

const record = viewOf({ id: 'appt-1', status: 'assigned', leadWindowId: 'win-02', assignedStaffId: 'staff-1', date: '2026-10-02' })
const leaderMe = { openid: 'o-l', roles: ['leader', 'staff'], staff: { id: 'staff-lead', name: '孙强', windowId: 'win-02' } }
const otherWindowStaff = { openid: 'o-s', roles: ['staff'], staff: { id: 'staff-9', name: '李静', windowId: 'win-02' } }
const HOURS = [
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:00' },
]
const entry = {
  ...record,
  items: [{ id: 'item-001', name: '个体工商户设立登记' }],
  itemsToTell: [{ id: 'item-001', name: '个体工商户设立登记', materials: [{ name: '居民身份证', copies: 1, form: 'original' }], notes: '' }],
  assignedStaff: { id: 'staff-1', name: '周萍' },
  suggestedTimes: ['09:30', '10:00'],
}

function answering(me: object, now: string) {
  call.mockImplementation(
    fakeCloud({
      'catalog/me': () => ok(me),
      'counter/queue.entry': () => ok({ entry, serviceHours: HOURS, now: Date.parse(now) }),
    }),
  )
}

beforeEach(() => call.mockReset())

describe('the window’s appointment page (R10, R11, R12, R17)', () => {
  it('reads one entry with the whole day’s suggested times and the materials, and offers the leader only the steps that apply now', async () => {
    answering(leaderMe, '2026-09-28T10:00:00+08:00')
    const { result } = renderHook(() => useCounterAppointment('appt-1'))
    await waitFor(() => expect(result.current.suggestedTimes).toEqual(['09:30', '10:00']))
    await waitFor(() => expect(result.current.actions).toEqual(['assign', 'confirm', 'print']))
    expect(result.current.assignedStaff).toEqual({ id: 'staff-1', name: '周萍' })
    expect(result.current.itemsToTell[0].materials[0].name).toBe('居民身份证')
    expect(result.current.serviceHours).toEqual(HOURS)
    expect(result.current.canCall).toBe(true)
    expect(call).toHaveBeenCalledWith('counter', 'queue.entry', { appointmentId: 'appt-1' })
  })

  it('R17 offers 不可抗力 on the day before', async () => {
    answering(leaderMe, '2026-10-01T10:00:00+08:00')
    const { result } = renderHook(() => useCounterAppointment('appt-1'))
    await waitFor(() => expect(result.current.actions).toEqual(['assign', 'confirm', 'forceMajeure', 'print']))
  })

  it('R11 lets only those who may see the whole phone dial it: not a colleague who is not assigned', async () => {
    answering(otherWindowStaff, '2026-09-28T10:00:00+08:00')
    const { result } = renderHook(() => useCounterAppointment('appt-1'))
    await waitFor(() => expect(result.current.actions).toEqual(['print']))
    expect(result.current.canCall).toBe(false)
  })

  it('says a step succeeded in a toast and keeps the line on the page', async () => {
    answering(leaderMe, '2026-09-28T10:00:00+08:00')
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    const { result } = renderHook(() => useCounterAppointment('appt-1'))
    act(() => result.current.onDone('confirm', viewOf({ status: 'confirmed', date: '2026-10-05', agreedTime: '14:30' })))
    expect(result.current.success).toBe('已确认，请在10月5日 14:30前到岗')
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已确认预约' }))
  })
})
