import { act, renderHook, waitFor } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { useDutyRoster } from './useDutyRoster'
import { useMyDuty } from './useMyDuty'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

const shift = (date: string, half: 'am' | 'pm') => ({ id: `duty-${date}-${half}-staff-rs-1`, date, half, windowId: 'win-04', staffId: 'staff-rs-1', staffName: '郑丽', leads: false, scheduledBy: 's', scheduledAt: 0, version: 1 })
const ROSTER = { from: '2026-10-12', to: '2026-11-08', days: [{ date: '2026-10-17', kind: 'weekend', service: 'walk-in' }], windows: [], shifts: [], gaps: [], walkInHours: [] }
const DRAFT = { date: '2026-10-17', half: 'am' as const, windowId: 'win-04', staffId: 'staff-rs-1', leads: false }

beforeEach(() => call.mockReset())

describe('我的值班 (R21)', () => {
  it('splits my shifts into upcoming (soonest first) and past, and checks in then reloads', async () => {
    call.mockResolvedValue(ok({ today: '2026-10-17', shifts: [shift('2026-10-10', 'am'), shift('2026-10-18', 'pm'), shift('2026-10-17', 'am')], walkInHours: [] }))
    const { result } = renderHook(() => useMyDuty())
    await waitFor(() => expect(result.current.data).toBeDefined())
    expect(result.current.upcoming.map((s) => s.date)).toEqual(['2026-10-17', '2026-10-18'])
    expect(result.current.recent.map((s) => s.date)).toEqual(['2026-10-10'])
    await act(async () => {
      await result.current.checkIn('duty-2026-10-17-am-staff-rs-1')
    })
    expect(call).toHaveBeenCalledWith('counter', 'duty.checkIn', { shiftId: 'duty-2026-10-17-am-staff-rs-1' })
    expect(call.mock.calls.filter(([, action]) => action === 'duty.mine')).toHaveLength(2)
  })

  it('shows the server’s refusal as it is, e.g. TOO_EARLY before the day', async () => {
    call.mockResolvedValueOnce(ok({ today: '2026-10-16', shifts: [], walkInHours: [] })).mockResolvedValueOnce(fail('TOO_EARLY', '值班日期为2026-10-17，当天才能签到')).mockResolvedValue(ok({ today: '2026-10-16', shifts: [], walkInHours: [] }))
    const { result } = renderHook(() => useMyDuty())
    await waitFor(() => expect(result.current.data).toBeDefined())
    await act(async () => {
      await result.current.checkIn('x')
    })
    expect(result.current.writeError?.message).toBe('值班日期为2026-10-17，当天才能签到')
  })
})

describe('周末排班 (R2, R22)', () => {
  it('adds a person, and shows the server’s field error beside its field', async () => {
    call.mockResolvedValue(ok(ROSTER))
    const { result } = renderHook(() => useDutyRoster())
    await waitFor(() => expect(result.current.rows).toHaveLength(2))
    call.mockResolvedValueOnce(fail('INVALID_INPUT', '带班须由窗口负责人担任', { leads: '带班须由窗口负责人担任' }))
    await act(async () => {
      await result.current.add({ ...DRAFT, leads: true })
    })
    expect(result.current.fieldErrors).toEqual({ leads: '带班须由窗口负责人担任' })
    call.mockResolvedValueOnce(ok({ shift: {}, created: true }))
    await act(async () => {
      await result.current.add(DRAFT)
    })
    expect(call).toHaveBeenLastCalledWith('section', 'duty.roster', {})
    expect(call).toHaveBeenCalledWith('section', 'duty.schedule', DRAFT)
    expect(result.current.fieldErrors).toEqual({})
  })

  it('removes a shift and reloads the roster', async () => {
    call.mockResolvedValue(ok(ROSTER))
    const { result } = renderHook(() => useDutyRoster())
    await waitFor(() => expect(result.current.data).toBeDefined())
    call.mockResolvedValueOnce(ok({ removed: 'duty-x' }))
    await act(async () => {
      await result.current.remove('duty-x')
    })
    expect(call).toHaveBeenCalledWith('section', 'duty.remove', { shiftId: 'duty-x' })
    expect(call.mock.calls.filter(([, action]) => action === 'duty.roster')).toHaveLength(2)
  })
})
