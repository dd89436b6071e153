import fc from 'fast-check'
import * as v from 'valibot'
import { DEFAULT_CALENDAR_SETTINGS } from '../calendar'
import {
  appointmentCreditMinutes,
  appointmentCredits,
  availableMinutes,
  balanceOf,
  dutyCreditMinutes,
  leaveClash,
  leaveEnd,
  leaveEndsAt,
  leaveMinutes,
  leaveRequestInputSchema,
  postEntry,
  timeBankEntryId,
} from '.'

const hours = DEFAULT_CALENDAR_SETTINGS.walkInHours
const at = (time: string) => Date.parse(`2026-10-17T${time}:00+08:00`)

describe('what a duty shift credits (R24)', () => {
  it('R24 credits check-in to check-out clipped to the half-day service hours', () => {
    expect(dutyCreditMinutes({ date: '2026-10-17', half: 'am', checkInAt: at('08:00'), checkOutAt: at('12:30') }, hours)).toBe(210)
    expect(dutyCreditMinutes({ date: '2026-10-17', half: 'am', checkInAt: at('08:40'), checkOutAt: at('11:00') }, hours)).toBe(140)
    expect(dutyCreditMinutes({ date: '2026-10-17', half: 'pm', checkInAt: at('13:30'), checkOutAt: at('17:45') }, hours)).toBe(210)
  })
  it('R24 credits nothing before check-out or outside the hours', () => {
    expect(dutyCreditMinutes({ date: '2026-10-17', half: 'am', checkInAt: at('08:40') }, hours)).toBe(0)
    expect(dutyCreditMinutes({ date: '2026-10-17', half: 'pm', checkInAt: at('17:10'), checkOutAt: at('18:00') }, hours)).toBe(0)
  })
})

describe('what a holiday appointment credits (R18, R19, R24)', () => {
  const outcome = { result: '已办结', startedAt: 0, endedAt: 0, minutes: 42 }
  it('R19 credits a completed appointment its recorded minutes', () => {
    expect(appointmentCreditMinutes({ status: 'completed', outcome })).toBe(42)
    expect(appointmentCreditMinutes({ status: 'acknowledged', outcome })).toBe(42)
  })
  it('R18 credits an abandoned appointment its planned minutes, or the 30 minutes waited', () => {
    expect(appointmentCreditMinutes({ status: 'abandoned', plannedMinutes: 60 })).toBe(60)
    expect(appointmentCreditMinutes({ status: 'abandoned' })).toBe(30)
  })
  it('credits nothing for an appointment not served', () => {
    expect(appointmentCreditMinutes({ status: 'cancelled', plannedMinutes: 60 })).toBe(0)
    expect(appointmentCreditMinutes({ status: 'in_service' })).toBe(0)
  })
})

describe('leave spans (R24)', () => {
  it('counts only working minutes, not the lunch break', () => {
    expect(leaveMinutes('08:30', '17:00', hours)).toBe(420)
    expect(leaveMinutes('10:00', '14:00', hours)).toBe(150)
  })
  it('finds the end of a leave of some hours across the lunch break', () => {
    expect(leaveEnd('08:30', 240, hours)).toBe('14:00')
    expect(leaveEnd('08:30', 210, hours)).toBe('12:00')
    expect(leaveEnd('14:00', 240, hours)).toBeUndefined()
  })
  it('sets pending requests aside from the balance', () => {
    const ahead = { date: '2026-10-19', end: '10:30' }
    const now = Date.parse('2026-10-19T10:29:00+08:00')
    expect(availableMinutes(300, [{ status: 'pending', minutes: 120, ...ahead }, { status: 'rejected', minutes: 120, ...ahead }], now)).toBe(180)
    expect(availableMinutes(60, [{ status: 'pending', minutes: 120, ...ahead }], now)).toBe(0)
  })
  it('R24 leaves out of available a pending request whose span ended undecided (Beijing time, whatever TZ)', () => {
    const request = { status: 'pending' as const, minutes: 120, date: '2026-10-19', end: '10:30' }
    expect(availableMinutes(300, [request], Date.parse('2026-10-19T10:30:00+08:00'))).toBe(300)
    expect(availableMinutes(300, [request], Date.parse('2026-10-19T02:29:00Z'))).toBe(180)
    expect(leaveEndsAt(request)).toBe(Date.parse('2026-10-19T10:30:00+08:00'))
  })
})

describe('who may be off and who may cover (R24)', () => {
  const wu = { id: 'leave-a', staffId: 'wu', coverStaffId: 'zheng', start: '08:30', end: '09:30' }
  const sun = { id: 'leave-b', staffId: 'sun', coverStaffId: 'zhou', start: '13:30', end: '15:00' }
  it.each([
    ['zheng', 'wu', '09:00', '10:00', 'coverStaffId', '也在调休'],
    ['li', 'zheng', '09:00', '10:00', 'coverStaffId', '已在为其他同事顶岗'],
    ['wu', 'li', '09:00', '10:00', 'date', '已有调休申请'],
    ['zheng', 'li', '09:00', '10:00', 'date', '要为同事顶岗'],
    ['zhou', 'li', '14:00', '15:00', 'date', '要为同事顶岗'],
  ])('R24 refuses %s off with %s covering %s–%s (%s: %s)', (staffId, coverStaffId, start, end, field, message) => {
    expect(leaveClash([wu, sun], { staffId, coverStaffId, start, end })).toEqual({ field, message: expect.stringContaining(message) })
  })
  it('R24 lets people off and cover at other times, and leaves out the request being re-checked', () => {
    expect(leaveClash([wu, sun], { staffId: 'zheng', coverStaffId: 'wu', start: '09:30', end: '10:00' })).toBeNull()
    expect(leaveClash([wu, sun], { staffId: 'li', coverStaffId: 'zhou', start: '15:00', end: '16:00' })).toBeNull()
    expect(leaveClash([wu], { ...wu, exceptId: wu.id })).toBeNull()
  })
  it('takes an end or a number of hours, not both', () => {
    const base = { requestId: 'leave-test-0001', date: '2026-11-02', start: '08:30', coverStaffId: 'staff-rs-leader', reason: '家中有事' }
    expect(v.safeParse(leaveRequestInputSchema, { ...base, end: '12:00' }).success).toBe(true)
    expect(v.safeParse(leaveRequestInputSchema, { ...base, hours: 2 }).success).toBe(true)
    expect(v.safeParse(leaveRequestInputSchema, { ...base, hours: 2, end: '12:00' }).success).toBe(false)
    expect(v.safeParse(leaveRequestInputSchema, { ...base, end: '08:00' }).success).toBe(false)
  })
})

/** Entries from a few sources, credits and debits; ids repeat on purpose. */
const entryArb = fc.record({
  id: fc.constantFrom(...Array.from({ length: 12 }, (_, i) => timeBankEntryId({ type: i % 3 ? 'duty' : 'leave', id: `s${i}` }))),
  minutes: fc.integer({ min: -300, max: 300 }),
})
const post = (entries: { id: string; minutes: number }[]) =>
  entries.reduce<{ id: string; minutes: number }[]>((ledger, e) => {
    const r = postEntry(ledger, e)
    return r.ok ? r.data.entries : ledger
  }, [])

describe('the ledger (R24), as properties', () => {
  it('R24 never lets the balance go below zero, whatever is posted', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), (entries) => {
        let ledger: { id: string; minutes: number }[] = []
        for (const e of entries) {
          const r = postEntry(ledger, e)
          if (r.ok) ledger = r.data.entries
          expect(balanceOf(ledger)).toBeGreaterThanOrEqual(0)
        }
      }),
    )
  })
  it('R24 keeps the balance equal to the sum of the entries, one entry per id', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), (entries) => {
        const ledger = post(entries)
        expect(balanceOf(ledger)).toBe(ledger.reduce((s, e) => s + e.minutes, 0))
        expect(new Set(ledger.map((e) => e.id)).size).toBe(ledger.length)
      }),
    )
  })
  it('R24 credits a source once, however often it is posted', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 20 }), fc.integer({ min: 1, max: 5 }), (entries, times) => {
        const once = post(entries)
        const repeated = post(entries.flatMap((e) => Array.from({ length: times }, () => e)))
        expect(repeated).toEqual(once)
      }),
    )
  })
  it('R24 gives the same balance whatever order credits arrive in', () => {
    const credits = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), minutes: fc.integer({ min: 0, max: 300 }) }), {
      selector: (e) => e.id,
      maxLength: 30,
    })
    fc.assert(
      fc.property(credits, fc.func(fc.integer()), (entries, key) => {
        const shuffled = [...entries].sort((a, b) => key(a.id) - key(b.id))
        expect(balanceOf(post(shuffled))).toBe(balanceOf(post(entries)))
        expect(balanceOf(post(entries))).toBe(entries.reduce((s, e) => s + e.minutes, 0))
      }),
    )
  })
  it('R24 refuses a debit beyond the balance and changes nothing', () => {
    const ledger = [{ id: 'a', minutes: 60 }]
    const r = postEntry(ledger, { id: 'b', minutes: -61 })
    expect(r.ok ? 'ok' : r.error.code).toBe('LIMIT_REACHED')
    expect(ledger).toEqual([{ id: 'a', minutes: 60 }])
  })
})

describe('what an appointment with assisting windows credits (R13, R24)', () => {
  const outcome = { result: '已办结', startedAt: 0, endedAt: 0, minutes: 40 }
  const base = { id: 'appt-1', status: 'completed' as const, outcome, assignedStaffId: 'staff-lead-window', leadWindowId: 'win-04' }
  const part = (windowId: string, staffId?: string, confirmed = true) => ({ windowId, role: 'assist' as const, ...(confirmed ? { confirmedAt: 1 } : {}), ...(staffId ? { staffId } : {}) })
  const credited = (parts: ReturnType<typeof part>[], overrides: Record<string, unknown> = {}) =>
    appointmentCredits({ ...base, parts: [{ windowId: 'win-04', role: 'lead' }, ...parts], ...overrides }, 5).map((e) => [e.id, e.staffId, e.windowId, e.minutes])

  it.each([
    ['an assisting window that confirmed its part', [part('win-08', 'staff-x')], [['tb-appointment-appt-1', 'staff-lead-window', 'win-04', 40], ['tb-assist-appt-1--win-08', 'staff-x', 'win-08', 40]]],
    ['an assisting window that never confirmed', [part('win-08', 'staff-x', false)], [['tb-appointment-appt-1', 'staff-lead-window', 'win-04', 40]]],
    ['two assisting windows', [part('win-08', 'staff-x'), part('win-09', 'staff-y')], [['tb-appointment-appt-1', 'staff-lead-window', 'win-04', 40], ['tb-assist-appt-1--win-08', 'staff-x', 'win-08', 40], ['tb-assist-appt-1--win-09', 'staff-y', 'win-09', 40]]],
    ['the lead’s own staff confirming an assisting part too (earns once)', [part('win-08', 'staff-lead-window')], [['tb-appointment-appt-1', 'staff-lead-window', 'win-04', 40]]],
  ] as const)('R13 R24 credits %s', (_, parts, expected) => {
    expect(credited([...parts])).toEqual(expected)
  })

  it('R18 R24 credits the assisting staff the planned minutes of an abandoned appointment, and nothing of a cancelled one', () => {
    expect(credited([part('win-08', 'staff-x')], { status: 'abandoned', plannedMinutes: 45, outcome: undefined }).map((e) => e[3])).toEqual([45, 45])
    expect(credited([part('win-08', 'staff-x')], { status: 'cancelled' })).toEqual([])
  })
})
