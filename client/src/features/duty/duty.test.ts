import { DEFAULT_CALENDAR_SETTINGS } from '@shared/calendar'
import { attendanceLine, attendanceState } from './attendanceState'
import { halfDayLabel } from './halfDayLabel'
import { rosterRows } from './rosterRows'
import type { DutyShift, RosterWindow } from '@shared/duty'

const hours = DEFAULT_CALENDAR_SETTINGS.walkInHours
const at = (time: string) => Date.parse(`2026-10-17T${time}:00+08:00`)
const shift = (overrides: Partial<DutyShift> = {}): DutyShift => ({
  id: 'duty-2026-10-17-am-staff-rs-1',
  date: '2026-10-17',
  half: 'am',
  windowId: 'win-04',
  staffId: 'staff-rs-1',
  staffName: '郑丽',
  leads: false,
  scheduledBy: 'staff-section',
  scheduledAt: 0,
  version: 1,
  ...overrides,
})

describe('my shift on the duty page (R21)', () => {
  it('offers check-in only on the day, check-out after it, and marks a past day without check-in missed', () => {
    expect(attendanceState(shift(), '2026-10-16')).toBe('upcoming')
    expect(attendanceState(shift(), '2026-10-17')).toBe('checkIn')
    expect(attendanceState(shift({ checkInAt: at('08:40') }), '2026-10-17')).toBe('checkOut')
    expect(attendanceState(shift({ checkInAt: at('08:40'), checkOutAt: at('12:00') }), '2026-10-18')).toBe('done')
    expect(attendanceState(shift(), '2026-10-18')).toBe('missed')
  })
  it('says the attendance in Beijing time with the late flag', () => {
    expect(attendanceLine(shift())).toBe('未签到')
    expect(attendanceLine(shift({ checkInAt: at('08:40'), lateCheckIn: true, checkOutAt: at('12:05') }))).toBe('签到 08:40（迟到） · 签退 12:05')
  })
  it('names the half-day with its service hours (R2)', () => {
    expect(halfDayLabel('am', hours)).toBe('上午 08:30–12:00')
    expect(halfDayLabel('pm', hours)).toBe('下午 13:30–17:00')
  })
})

describe('the roster page (R2, R22)', () => {
  const windows: RosterWindow[] = [
    { id: 'win-04', number: '4', name: '社保业务', departmentId: 'dept-rs', servesWalkIn: true, staff: [] },
    { id: 'win-01', number: '1', name: '综合咨询导服', departmentId: 'dept-rs', servesWalkIn: false, staff: [] },
  ]
  it('lays out each walk-in half-day with the windows that serve walk-in items, their shifts, leader and gap', () => {
    const rows = rosterRows({
      days: [
        { date: '2026-10-17', kind: 'weekend', service: 'walk-in' },
        { date: '2027-01-02', kind: 'unknown', service: 'unknown' },
      ],
      windows,
      shifts: [shift({ leads: true })],
      gaps: [{ date: '2026-10-17', half: 'pm', windowId: 'win-04', missing: 'nobody' }],
    })
    expect(rows.map((r) => `${r.date} ${r.half}`)).toEqual(['2026-10-17 am', '2026-10-17 pm'])
    expect(rows[0].cells).toHaveLength(1)
    expect(rows[0].cells[0]).toMatchObject({ leader: { staffId: 'staff-rs-1' }, gap: undefined })
    expect(rows[1].cells[0]).toMatchObject({ shifts: [], gap: 'nobody' })
  })
})
