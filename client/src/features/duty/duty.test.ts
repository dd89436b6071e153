import { DEFAULT_CALENDAR_SETTINGS } from '@shared/calendar'
import { attendanceLine, attendanceState } from './attendanceState'
import { halfDayLabel } from './halfDayLabel'
import { rosterDays } from './rosterDays'
import { windowLine } from './weekendLines'
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

describe('the roster page by day and window (R2, R21, R22, R23)', () => {
  const windows: RosterWindow[] = [
    { id: 'win-04', number: '4', name: '社保业务', departmentId: 'dept-rs', servesWalkIn: true, staff: [{ id: 'staff-rs-1', name: '郑丽', leader: false }] },
    { id: 'win-05', number: '5', name: '就业创业', departmentId: 'dept-rs', servesWalkIn: true, staff: [] },
    { id: 'win-02', number: '2', name: '市场主体登记', departmentId: 'dept-scjg', servesWalkIn: true, staff: [{ id: 'staff-scjg-1', name: '周萍', leader: false }] },
    { id: 'win-01', number: '1', name: '综合咨询导服', departmentId: 'dept-zwb', servesWalkIn: false, staff: [] },
  ]
  const days = rosterDays({
    days: [
      { date: '2026-10-17', kind: 'weekend', service: 'walk-in' },
      { date: '2026-10-18', kind: 'weekend', service: 'walk-in' },
      { date: '2027-01-02', kind: 'unknown', service: 'unknown' },
    ],
    windows,
    shifts: [shift({ leads: true }), shift({ id: 'cover', windowId: 'win-05', coversFromWindowId: 'win-04', half: 'pm' })],
    gaps: [
      { date: '2026-10-17', half: 'pm', windowId: 'win-04', missing: 'nobody' },
      { date: '2026-10-17', half: 'am', windowId: 'win-05', missing: 'nobody' },
      { date: '2026-10-17', half: 'pm', windowId: 'win-05', missing: 'noLeader' },
      { date: '2026-10-17', half: 'am', windowId: 'win-02', missing: 'nobody' },
      { date: '2026-10-17', half: 'pm', windowId: 'win-02', missing: 'nobody' },
    ],
    closures: [{ id: 'closed-2026-10-18-win-02', date: '2026-10-18', windowId: 'win-02', reason: '人员外出培训', closedBy: '李静', closedAt: 0 }],
  })
  it('groups each walk-in day once, with a line per window serving walk-in items and its two half-days', () => {
    expect(days.map((d) => d.date)).toEqual(['2026-10-17', '2026-10-18'])
    expect(days[0].lines.map((l) => l.window.id)).toEqual(['win-04', 'win-05', 'win-02'])
    expect(days[0].lines[0].cells.map((c) => [c.half, c.leader?.staffId, c.gap])).toEqual([
      ['am', 'staff-rs-1', undefined],
      ['pm', undefined, 'nobody'],
    ])
    expect(days[0].gaps).toBe(4) // a half without a leader is not counted as nobody
  })
  it('R21 offers colleagues of the department to cover a window with no staff of its own, never another department', () => {
    expect(days[0].lines[1].cover).toEqual([{ id: 'staff-rs-1', name: '郑丽', leader: false, windowNumber: '4' }])
    expect(days[0].lines[2].cover).toEqual([])
    expect(days[0].lines[1].cells[1].shifts[0].coversFromWindowId).toBe('win-04')
  })
  it("R23 shows the section's closed day on its window's line", () => {
    expect(days[1].lines.find((l) => l.window.id === 'win-02')?.closure?.reason).toBe('人员外出培训')
    expect(days[0].lines.find((l) => l.window.id === 'win-02')?.closure).toBeUndefined()
  })
})

describe("a citizen's line for a window on duty (R2, R21)", () => {
  const items = ['就业创业证申领', '社会保障卡申领与补换', '失业保险金申领', '城乡居民养老保险参保登记', '退休人员资格认证'].map((name, i) => ({ id: `item-${i}`, name }))
  it.each([
    [['am', 'pm'], false, '', '就业创业证申领、社会保障卡申领与补换、失业保险金申领、城乡居民养老保险参保登记 等5项'],
    [['am'], false, '仅上午 8:30-12:00', '就业创业证申领、社会保障卡申领与补换、失业保险金申领、城乡居民养老保险参保登记 等5项'],
    [['pm'], true, '仅下午 13:30-17:00', '就业创业证申领、社会保障卡申领与补换、失业保险金申领、城乡居民养老保险参保登记、退休人员资格认证'],
  ] as const)('staffed %j, all %s: %s', (halves, all, when, text) => {
    const line = windowLine({ id: 'win-05', number: '5', name: '就业创业', location: '一楼西区', halves: [...halves], items }, hours, all)
    expect(line).toEqual({ place: '5号窗口 就业创业（一楼西区）', when, items: text })
  })
})
