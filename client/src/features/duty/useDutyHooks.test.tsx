import { act, renderHook, waitFor } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { useDutyRoster } from './useDutyRoster'
import { useMyDuty } from './useMyDuty'
import { stepCount, useWalkInLog } from './useWalkInLog'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

const shift = (date: string, half: 'am' | 'pm') => ({ id: `duty-${date}-${half}-staff-rs-1`, date, half, windowId: 'win-04', staffId: 'staff-rs-1', staffName: '郑丽', leads: false, scheduledBy: 's', scheduledAt: 0, version: 1 })
const ROSTER = { from: '2026-10-12', to: '2026-11-08', days: [{ date: '2026-10-17', kind: 'weekend', service: 'walk-in' }], windows: [], shifts: [], gaps: [], closures: [], walkInHours: [] }
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
    await waitFor(() => expect(result.current.days).toHaveLength(1))
    call.mockResolvedValueOnce(fail('INVALID_INPUT', '带班须由窗口负责人担任', { leads: '带班须由窗口负责人担任' }))
    await act(async () => {
      await result.current.add({ ...DRAFT, leads: true })
    })
    expect(result.current.fieldErrors).toEqual({ leads: '带班须由窗口负责人担任' })
    call.mockResolvedValueOnce(ok({ shift: {}, created: true }))
    await act(async () => {
      await result.current.add(DRAFT)
    })
    expect(call).toHaveBeenLastCalledWith('supervision', 'duty.roster', {})
    expect(call).toHaveBeenCalledWith('supervision', 'duty.schedule', DRAFT)
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
    expect(call).toHaveBeenCalledWith('supervision', 'duty.remove', { shiftId: 'duty-x' })
    expect(call.mock.calls.filter(([, action]) => action === 'duty.roster')).toHaveLength(2)
  })

  it('R23 closes a window-day with the reason, says what follows, and shows a refusal beside the reason', async () => {
    call.mockResolvedValue(ok(ROSTER))
    const { result } = renderHook(() => useDutyRoster())
    await waitFor(() => expect(result.current.data).toBeDefined())
    act(() => result.current.select({ date: '2026-10-17', windowId: 'win-05', half: 'am' }))
    call.mockResolvedValueOnce(fail('INVALID_INPUT', '请填写不开放原因', { reason: '请填写不开放原因' }))
    await act(async () => {
      await result.current.close('2026-10-17', 'win-05', '')
    })
    expect(result.current.fieldErrors).toEqual({ reason: '请填写不开放原因' })
    call.mockResolvedValueOnce(ok({ closure: {}, created: true }))
    await act(async () => {
      await result.current.close('2026-10-17', 'win-05', '人员外出培训')
    })
    expect(call).toHaveBeenCalledWith('supervision', 'duty.close', { date: '2026-10-17', windowId: 'win-05', reason: '人员外出培训' })
    expect(result.current.done).toBe('已设为当天不开放，督查不计无人值班')
    expect(result.current.selected).toEqual({ date: '2026-10-17', windowId: 'win-05', half: 'am' })
  })
})

describe('周末办件登记 (R2, R21)', () => {
  const TODAY = {
    today: '2026-10-17',
    shifts: [{ ...shift('2026-10-17', 'am'), windowId: 'win-05', checkInAt: 1 }],
    windows: [{ id: 'win-05', number: '5', name: '就业创业', items: [{ id: 'item-008', name: '就业创业证申领' }] }],
    services: [],
  }
  it('asks for an item first, then logs item, count and 帮办代办 with one request id, and a new one after it is saved', async () => {
    call.mockResolvedValue(ok(TODAY))
    const { result } = renderHook(() => useWalkInLog())
    await waitFor(() => expect(result.current.data).toBeDefined())
    await act(async () => {
      await result.current.log('duty-2026-10-17-am-staff-rs-1')
    })
    expect(result.current.fieldErrors).toEqual({ itemId: '请选择办理事项' })
    expect(call.mock.calls.some(([, action]) => action === 'walkIn.log')).toBe(false)
    act(() => {
      result.current.choose('item-008')
      result.current.step(1)
      result.current.step(1)
      result.current.toggleAssisted()
    })
    call.mockResolvedValueOnce(ok({ service: { itemName: '就业创业证申领', count: 3, assisted: true }, created: true }))
    await act(async () => {
      await result.current.log('duty-2026-10-17-am-staff-rs-1')
    })
    const logged = call.mock.calls.filter(([, action]) => action === 'walkIn.log')
    expect(logged).toHaveLength(1)
    expect(logged[0][2]).toMatchObject({ shiftId: 'duty-2026-10-17-am-staff-rs-1', itemId: 'item-008', count: 3, assisted: true, requestId: expect.stringMatching(/^[A-Za-z0-9]{24}$/) })
    expect(result.current.saved).toBe('已登记：就业创业证申领 3 件（帮办代办）')
    expect(result.current).toMatchObject({ count: 1, assisted: false })
    call.mockResolvedValueOnce(ok({ service: { itemName: '就业创业证申领', count: 1, assisted: false }, created: true }))
    await act(async () => {
      await result.current.log('duty-2026-10-17-am-staff-rs-1')
    })
    const again = call.mock.calls.filter(([, action]) => action === 'walkIn.log')
    expect(again[1][2].requestId).not.toBe(logged[0][2].requestId)
  })

  it('keeps the count between 1 and 50', () => {
    expect([stepCount(1, -1), stepCount(2, -1), stepCount(49, 1), stepCount(50, 1)]).toEqual([1, 1, 50, 50])
  })
})
