import * as v from 'valibot'
import { buildCalendar, DEFAULT_CALENDAR_SETTINGS, SHIPPED_YEARS } from '../calendar'
import { checkInShift, checkOutShift, dutyGaps, dutyRosterInputSchema, rosterSpan, walkInDayCheck, type DutyShift } from '.'

const calendar = buildCalendar(SHIPPED_YEARS)
const settings = DEFAULT_CALENDAR_SETTINGS
const at = (iso: string) => Date.parse(iso)
const NOW = at('2026-10-12T10:00:00+08:00')
const shift = (overrides: Partial<DutyShift> = {}): DutyShift => ({
  id: 'duty-2026-10-17-am-staff-rs-1',
  date: '2026-10-17',
  half: 'am',
  windowId: 'win-04',
  staffId: 'staff-rs-1',
  staffName: '郑丽',
  leads: false,
  scheduledBy: 'staff-section',
  scheduledAt: NOW,
  version: 1,
  ...overrides,
})
const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code)

describe('which days take weekend duty (R2, R3, R5)', () => {
  it.each([
    ['2026-10-17', 'ok', 'a plain Saturday is a walk-in day (R2)'],
    ['2026-10-18', 'ok', 'a plain Sunday is a walk-in day (R2)'],
    ['2026-10-10', 'INVALID_INPUT', 'a make-up working Saturday is not (R5)'],
    ['2026-10-03', 'INVALID_INPUT', 'a Saturday inside 国庆 is a holiday day (R3)'],
    ['2026-10-14', 'INVALID_INPUT', 'a Wednesday is an ordinary working day'],
    ['2026-10-11', 'INVALID_INPUT', 'a Sunday already past'],
    ['2031-06-07', 'CALENDAR_UNKNOWN', 'a Saturday of a year the calendar does not know'],
  ])('%s → %s: %s', (date, code) => {
    expect(codeOf(walkInDayCheck(date, calendar, settings, NOW))).toBe(code)
  })
})

describe('attendance (R21)', () => {
  const hours = settings.walkInHours
  it('R21 flags a check-in after 08:30 on a morning shift as late, and one at 08:30 as on time', () => {
    const late = checkInShift(shift(), at('2026-10-17T08:31:00+08:00'), hours)
    const onTime = checkInShift(shift(), at('2026-10-17T08:30:00+08:00'), hours)
    expect(late.ok && late.data.shift.lateCheckIn).toBe(true)
    expect(onTime.ok && onTime.data.shift.lateCheckIn).toBe(false)
  })
  it('R21 measures an afternoon shift from 13:30', () => {
    const r = checkInShift(shift({ half: 'pm' }), at('2026-10-17T13:00:00+08:00'), hours)
    expect(r.ok && r.data.shift.lateCheckIn).toBe(false)
  })
  it('R21 refuses a check-in before or after the shift day (Beijing), whatever the UTC date', () => {
    expect(codeOf(checkInShift(shift(), at('2026-10-16T23:59:00+08:00'), hours))).toBe('TOO_EARLY')
    expect(codeOf(checkInShift(shift(), at('2026-10-18T00:01:00+08:00'), hours))).toBe('INVALID_TRANSITION')
    expect(codeOf(checkInShift(shift(), at('2026-10-16T16:30:00Z'), hours))).toBe('ok') // 00:30 on the 17th in Beijing
  })
  it('R21 keeps the first check-in and check-out on a double tap', () => {
    const first = shift({ checkInAt: at('2026-10-17T08:20:00+08:00'), lateCheckIn: false, checkOutAt: at('2026-10-17T12:00:00+08:00') })
    const again = checkInShift(first, at('2026-10-17T09:00:00+08:00'), hours)
    expect(again.ok && again.data).toEqual({ shift: first, changed: false })
    const out = checkOutShift(first, at('2026-10-17T12:30:00+08:00'))
    expect(out.ok && out.data).toEqual({ shift: first, changed: false })
  })
  it('R21 refuses a check-out before a check-in', () => {
    expect(codeOf(checkOutShift(shift(), NOW))).toBe('INVALID_TRANSITION')
  })
})

describe('roster gaps (R2, R22)', () => {
  it('R2 reports a half-day with nobody and R22 one with staff but no leader', () => {
    const gaps = dutyGaps(['2026-10-17'], ['win-02', 'win-04'], [
      shift({ windowId: 'win-04', half: 'am', leads: true }),
      shift({ windowId: 'win-04', half: 'pm', leads: false }),
      shift({ windowId: 'win-02', half: 'am', leads: false }),
      shift({ windowId: 'win-02', half: 'am', leads: true }),
    ])
    expect(gaps).toEqual([
      { date: '2026-10-17', half: 'pm', windowId: 'win-02', missing: 'nobody' },
      { date: '2026-10-17', half: 'pm', windowId: 'win-04', missing: 'noLeader' },
    ])
  })
  it('refuses a roster longer than 31 days or backwards', () => {
    expect(v.safeParse(dutyRosterInputSchema, { from: '2026-10-01', to: '2026-10-31' }).success).toBe(true)
    expect(v.safeParse(dutyRosterInputSchema, { from: '2026-10-01', to: '2026-11-01' }).success).toBe(false)
    expect(v.safeParse(dutyRosterInputSchema, { from: '2026-10-02', to: '2026-10-01' }).success).toBe(false)
  })

  it.each([
    [{}, '2026-10-12', '2026-11-08'],
    [{ from: '2026-10-01' }, '2026-10-01', '2026-10-31'],
    [{ to: '2026-11-11' }, '2026-10-12', '2026-11-11'],
    [{ to: '2026-10-12' }, '2026-10-12', '2026-10-12'],
  ])('fills the roster span %j from today 2026-10-12: %s to %s', (input, from, to) => {
    expect(rosterSpan(input, '2026-10-12')).toEqual({ ok: true, data: { from, to } })
  })

  it.each([[{ to: '9999-12-31' }], [{ to: '2026-11-12' }], [{ to: '2026-10-11' }]])('refuses a lone end %j beyond 31 days from today or before it', (input) => {
    const answer = rosterSpan(input, '2026-10-12')
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { to: expect.stringContaining('不超过31天') } } })
  })
})
