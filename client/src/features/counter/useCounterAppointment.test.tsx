import { renderHook, waitFor } from '@testing-library/react'
import { ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { viewOf } from '../booking/fixtures'
import { fakeCloud } from '../items/fixtures'
import { useCounterAppointment } from './useCounterAppointment'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

const record = viewOf({ id: 'appt-1', status: 'assigned', leadWindowId: 'win-02', assignedStaffId: 'staff-1', date: '2026-10-02' })
const leaderMe = { openid: 'o-l', roles: ['leader', 'staff'], staff: { id: 'staff-lead', name: '孙强', windowId: 'win-02' } }

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(
    fakeCloud({
      'booking/appointments.get': () => ok({ appointment: record }),
      'catalog/me': () => ok(leaderMe),
      'counter/queue.list': () =>
        ok({
          windowId: 'win-02',
          total: 1,
          nextCursor: null,
          items: [{ ...record, items: [{ id: 'item-001', name: '个体工商户设立登记' }], assignedStaff: { id: 'staff-1', name: '周萍' }, suggestedTimes: ['09:30', '10:00'] }],
        }),
    }),
  )
})

describe('the window’s appointment page (R10, R11, R12)', () => {
  it('offers the leader the steps of an assigned appointment, with the queue’s suggested times', async () => {
    const { result } = renderHook(() => useCounterAppointment('appt-1'))
    await waitFor(() => expect(result.current.suggestedTimes).toEqual(['09:30', '10:00']))
    expect(result.current.actions).toEqual(['assign', 'confirm', 'forceMajeure', 'print'])
    expect(result.current.assignedStaff).toEqual({ id: 'staff-1', name: '周萍' })
    expect(call).toHaveBeenCalledWith('counter', 'queue.list', { date: '2026-10-02' })
  })
})
