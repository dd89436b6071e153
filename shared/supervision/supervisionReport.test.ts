import fc from 'fast-check'
import { APPOINTMENT_STATUSES, type Appointment } from '../appointments'
import { appointmentIn, at } from '../appointments/testing/makeAppointment'
import { buildCalendar, SHIPPED_YEARS } from '../calendar'
import { DEFAULT_SETTINGS, withDefaults } from '../settings'
import { COUNT_KEYS } from './supervisionCounts'
import { supervisionReport, type SupervisionInput } from './supervisionReport'
import { fullDay, makeReview, makeShift, WINDOWS } from './testing/factories'

const calendar = buildCalendar(SHIPPED_YEARS)
/** Late on Sunday 18 October 2026, after the walk-in weekend of 17/18 October. */
const NOW = at('2026-10-18 20:00')

const report = (overrides: Partial<SupervisionInput> = {}) =>
  supervisionReport({
    from: '2026-10-01',
    to: '2026-10-31',
    windows: WINDOWS,
    appointments: [],
    shifts: [],
    reviews: [],
    calendar,
    settings: DEFAULT_SETTINGS,
    now: NOW,
    ...overrides,
  })
const row = (r: ReturnType<typeof report>, id: string) => r.windows.find((w) => w.windowId === id)!

describe('appointments per window (R9, R10, R11, R12, R13, R14, R15, R16, R17, R18, R19, R23)', () => {
  it('R19 counts served records not filed past the filingDueDays setting against the lead window, without points', () => {
    // Served 2 October 10:00; NOW is 18 October 20:00, 16 days later: past the default 15.
    const served = { outcome: { result: '已办结', startedAt: at('2026-10-02 09:00'), endedAt: at('2026-10-02 10:00'), minutes: 60 } }
    const unfiled = appointmentIn('acknowledged', served)
    const filed = appointmentIn('acknowledged', { ...served, id: 'a-2', filing: { archiveNo: '2026-G-0001', box: '', at: at('2026-10-08 10:00'), by: 'section-1' } })
    const r = report({ appointments: [unfiled, filed] })
    expect(row(r, 'w-lead').counts.unfiledOverdue).toBe(1)
    expect(row(r, 'w-assist').counts.unfiledOverdue).toBe(0)
    expect(row(r, 'w-lead').deductions.some((d) => (d.key as string) === 'unfiledOverdue')).toBe(false)
    const patient = report({ appointments: [unfiled], settings: withDefaults({ filingDueDays: 20 }) })
    expect(row(patient, 'w-lead').counts.unfiledOverdue).toBe(0)
  })

  it('R11 counts the lead confirmed in time and the assisting part never confirmed as overdue', () => {
    const r = report({ appointments: [appointmentIn('confirmed')] })
    expect(row(r, 'w-lead').counts).toMatchObject({ dispatched: 1, confirmedInTime: 1, confirmedLate: 0, unconfirmedOverdue: 0 })
    expect(row(r, 'w-assist').counts).toMatchObject({ dispatched: 1, confirmedInTime: 0, unconfirmedOverdue: 1 })
  })

  it('R23 counts a confirmation after the last working day as late (拖延) and deducts its points', () => {
    const late = appointmentIn('confirmed', {
      parts: [{ windowId: 'w-lead', role: 'lead', confirmedAt: at('2026-10-01 09:00') }],
      assistingWindowIds: [],
    })
    const r = report({ appointments: [late] })
    expect(row(r, 'w-lead').counts.confirmedLate).toBe(1)
    expect(row(r, 'w-lead').deductions.find((d) => d.key === 'confirmedLate')).toMatchObject({ count: 1, pointsEach: 2, points: 2 })
  })

  it('does not call an unconfirmed part overdue before its deadline', () => {
    const r = report({ appointments: [appointmentIn('assigned')], now: at('2026-09-30 16:00') })
    expect(row(r, 'w-lead').counts.unconfirmedOverdue).toBe(0)
  })

  it('does not charge a window for an appointment cancelled before its deadline', () => {
    const cancelled = appointmentIn('cancelled', {
      leadWindowId: 'w-lead',
      parts: [{ windowId: 'w-lead', role: 'lead' }],
    })
    expect(row(report({ appointments: [cancelled] }), 'w-lead').counts.unconfirmedOverdue).toBe(0)
  })

  it('R18 counts an abandoned appointment as served, for the lead and assisting windows', () => {
    const r = report({ appointments: [appointmentIn('abandoned'), appointmentIn('acknowledged', { id: 'a-2' }), appointmentIn('in_service', { id: 'a-3' })] })
    expect(row(r, 'w-lead').counts).toMatchObject({ dispatched: 3, served: 2, abandoned: 1 })
    expect(row(r, 'w-assist').counts).toMatchObject({ served: 2, abandoned: 1 })
  })

  it('R4 R14 count the lead window\'s appointments agreed outside the holiday hours or over half a day, with no points', () => {
    const deviation = (kind: 'outsideHours' | 'plannedOverHalfDay' | 'handledOverHalfDay', id: string) =>
      appointmentIn('completed', { id, deviations: [{ kind, expected: 210, entered: 240, reason: '并联事项较多', by: 's', at: at('2026-09-29 10:00') }] })
    const both = appointmentIn('completed', {
      id: 'a-4',
      deviations: [
        { kind: 'plannedOverHalfDay', expected: 210, entered: 240, reason: '材料多', by: 's', at: at('2026-09-29 10:00') },
        { kind: 'handledOverHalfDay', expected: 210, entered: 250, reason: '材料多', by: 's', at: at('2026-10-02 13:00') },
      ],
    })
    const r = report({ appointments: [deviation('outsideHours', 'a-1'), deviation('plannedOverHalfDay', 'a-2'), deviation('handledOverHalfDay', 'a-3'), both] })
    expect(row(r, 'w-lead').counts).toMatchObject({ overHalfDay: 3, outsideHours: 1 })
    expect(row(r, 'w-assist').counts).toMatchObject({ overHalfDay: 0, outsideHours: 0 })
    expect(row(r, 'w-lead').pointsDeducted).toBe(row(report({ appointments: [appointmentIn('completed')] }), 'w-lead').pointsDeducted)
  })

  it('R16 R17 R11 charge approved changes, force majeure and a missing one-time notification to the lead window only', () => {
    const changed = appointmentIn('confirmed', {
      id: 'a-2',
      change: { proposedBy: 's', reason: '设备检修', at: at('2026-09-29 11:00'), decision: 'approved', decidedAt: at('2026-09-29 12:00') },
    })
    const rejected = appointmentIn('confirmed', {
      id: 'a-3',
      change: { proposedBy: 's', reason: '设备检修', at: at('2026-09-29 11:00'), decision: 'rejected', decidedAt: at('2026-09-29 12:00') },
    })
    const untold = appointmentIn('confirmed', { id: 'a-4', contact: { at: at('2026-09-29 10:00'), by: 's', note: '', materialsToldInFull: false } })
    const r = report({ appointments: [appointmentIn('force_majeure'), changed, rejected, untold] })
    expect(row(r, 'w-lead').counts).toMatchObject({ changed: 1, forceMajeure: 1, materialsNotTold: 1 })
    expect(row(r, 'w-assist').counts).toMatchObject({ changed: 0, forceMajeure: 0, materialsNotTold: 0 })
    const lines = Object.fromEntries(row(r, 'w-lead').deductions.map((d) => [d.key, d.points]))
    expect(lines).toMatchObject({ changedByWindow: 2, materialsNotTold: 3 })
  })

  it('R17 R23 a force majeure counts for the window that reported it, once, also after the section moved it to another window', () => {
    const moved = appointmentIn('dispatched', {
      leadWindowId: 'w-other',
      assistingWindowIds: [],
      parts: [{ windowId: 'w-other', role: 'lead' }],
      forceMajeure: { at: at('2026-10-01 20:00'), by: 's-assigned', note: '停电' },
      reschedules: [{ at: at('2026-10-01 21:00'), by: 'section-1', reason: '改由他窗口', from: { date: '2026-10-02', time: '09:00', windowId: 'w-lead', staffId: 's-assigned' }, to: { date: '2026-10-02', time: '10:00', windowId: 'w-other' } }],
    })
    const kept = appointmentIn('confirmed', {
      id: 'a-2',
      forceMajeure: { at: at('2026-10-01 20:00'), by: 's-assigned', note: '停电' },
      reschedules: [{ at: at('2026-10-01 21:00'), by: 'section-1', reason: '改由同事', from: { date: '2026-10-02', time: '09:00', windowId: 'w-lead', staffId: 's-assigned' }, to: { date: '2026-10-02', time: '14:00', windowId: 'w-lead', staffId: 's-colleague' } }],
    })
    const r = report({ appointments: [moved, kept] })
    expect(row(r, 'w-lead').counts.forceMajeure).toBe(2)
    expect(row(r, 'w-other').counts.forceMajeure).toBe(0)
  })

  it('leaves out appointments dated outside the period and those not dispatched yet', () => {
    const r = report({ appointments: [appointmentIn('confirmed', { date: '2026-09-30' }), appointmentIn('submitted', { id: 'a-2' })] })
    expect(r.totals.counts.dispatched).toBe(0)
  })
})

describe('weekend duty (R2, R21, R23)', () => {
  it('R21 counts shifts covered, absent when the day passed without a check-in, and late check-ins', () => {
    const shifts = [
      makeShift({ date: '2026-10-17', half: 'am', checkInAt: at('2026-10-17 08:25') }),
      makeShift({ date: '2026-10-17', half: 'pm', checkInAt: at('2026-10-17 13:50'), lateCheckIn: true }),
      makeShift({ date: '2026-10-18', half: 'am' }),
      makeShift({ date: '2026-10-18', half: 'pm' }),
    ]
    const r = report({ shifts })
    // 18 October is today: not absent yet.
    expect(row(r, 'w-lead').counts).toMatchObject({ shiftsScheduled: 4, shiftsCovered: 2, shiftsAbsent: 0, lateCheckIns: 1 })
    const next = report({ shifts, now: at('2026-10-19 08:00') })
    expect(row(next, 'w-lead').counts.shiftsAbsent).toBe(2)
    expect(row(next, 'w-lead').deductions.find((d) => d.key === 'absentFromDuty')).toMatchObject({ count: 2, points: 10 })
  })

  it('R2 counts a walk-in day up to today with a half day nobody was scheduled for, per window that keeps duty', () => {
    const shifts = [...fullDay('w-lead', '2026-10-17'), makeShift({ windowId: 'w-lead', date: '2026-10-18', half: 'am' }), ...fullDay('w-assist', '2026-10-17'), ...fullDay('w-assist', '2026-10-18')]
    const r = report({ from: '2026-10-12', shifts })
    expect(row(r, 'w-lead').counts.gapDays).toBe(1) // 18 Oct afternoon
    expect(row(r, 'w-assist').counts.gapDays).toBe(0)
    expect(row(r, 'w-other').counts.gapDays).toBe(0) // no walk-in items: no duty
  })

  it('R3 R5 does not count holiday weekends (3/4 Oct) or the make-up Saturday (10 Oct) as walk-in days', () => {
    const r = report({ to: '2026-10-11', now: at('2026-10-12 09:00') })
    // Only Sunday 11 October is a walk-in day in 1–11 October 2026.
    expect(row(r, 'w-lead').counts.gapDays).toBe(1)
  })

  it('does not count walk-in days still to come', () => {
    const r = report({ from: '2026-11-01', to: '2026-11-30', now: at('2026-11-10 12:00') })
    expect(row(r, 'w-lead').counts.gapDays).toBe(3) // 1, 7 and 8 November
  })
})

describe('reviews (R20, R23)', () => {
  it('R20 counts bad reviews and those still open, by the Beijing date of the review', () => {
    const reviews = [
      makeReview('very_satisfied'),
      makeReview('dissatisfied', { followUp: { dueAt: at('2026-10-12 17:00'), resolvedAt: at('2026-10-09 10:00') } }),
      makeReview('very_dissatisfied'),
      makeReview('dissatisfied', { at: at('2026-11-01 00:30') }), // 31 Oct 16:30 UTC, November in Beijing
    ]
    const r = report({ reviews })
    expect(row(r, 'w-lead').counts).toMatchObject({ reviews: 3, badReviews: 2, openBadReviews: 1 })
    expect(row(r, 'w-lead').deductions.find((d) => d.key === 'badReview')).toMatchObject({ count: 2, points: 4 })
  })
})

describe('the report (R23)', () => {
  it('uses the points table in force', () => {
    const settings = withDefaults({ supervisionPoints: { ...DEFAULT_SETTINGS.supervisionPoints, badReview: 0.5 } })
    const on13 = { at: at('2026-10-13 10:00') }
    const reviews = [makeReview('dissatisfied', on13), makeReview('very_dissatisfied', on13), makeReview('dissatisfied', on13)]
    const r = report({ from: '2026-10-12', to: '2026-10-16', settings, reviews }) // no walk-in day: no duty findings
    expect(r.points.badReview).toBe(0.5)
    expect(row(r, 'w-lead').pointsDeducted).toBe(1.5)
  })

  it('answers one window only when asked, with findings of other windows left out', () => {
    const r = report({ windowId: 'w-assist', appointments: [appointmentIn('confirmed')], reviews: [makeReview('dissatisfied')] })
    expect(r.windows.map((w) => w.windowId)).toEqual(['w-assist'])
    expect(r.totals.counts.badReviews).toBe(0)
    expect(r.totals.counts.dispatched).toBe(1)
  })

  it('gives a row to a window no longer listed that has findings, and orders windows by number', () => {
    const r = report({ reviews: [makeReview('dissatisfied', { windowId: 'w-gone' })] })
    expect(r.windows.map((w) => w.windowId)).toEqual(['w-lead', 'w-assist', 'w-other', 'w-gone'])
    expect(row(r, 'w-gone')).toMatchObject({ windowName: '未登记窗口（w-gone）', pointsDeducted: 2 })
  })
})

describe('report properties', () => {
  const windowId = fc.constantFrom('w-lead', 'w-assist', 'w-other')
  const date = fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2026, 8, 25 + d)).toISOString().slice(0, 10))
  const appointment = fc
    .record({ status: fc.constantFrom(...APPOINTMENT_STATUSES), date, told: fc.boolean(), n: fc.nat() })
    .map(({ status, date, told, n }): Appointment => {
      const a = appointmentIn(status, { id: `a-${n}`, date })
      return a.contact ? { ...a, contact: { ...a.contact, materialsToldInFull: told } } : a
    })
  const shift = fc
    .record({ windowId, date, half: fc.constantFrom('am' as const, 'pm' as const), checkedIn: fc.boolean(), late: fc.boolean() })
    .map(({ checkedIn, late, ...s }) => makeShift({ ...s, ...(checkedIn ? { checkInAt: Date.parse(`${s.date}T09:00:00+08:00`), lateCheckIn: late } : {}) }))
  const review = fc
    .record({ windowId, level: fc.constantFrom('very_satisfied', 'satisfied', 'basic', 'dissatisfied', 'very_dissatisfied' as const), day: fc.integer({ min: 0, max: 60 }) })
    .map(({ windowId, level, day }) => makeReview(level, { windowId, at: at('2026-09-25 10:00') + day * 86_400_000 }))
  const records = fc.record({ appointments: fc.array(appointment, { maxLength: 15 }), shifts: fc.array(shift, { maxLength: 20 }), reviews: fc.array(review, { maxLength: 10 }) })

  it('totals are the sum of the windows, and each window its deductions', () => {
    fc.assert(
      fc.property(records, (input) => {
        const r = report(input)
        for (const key of COUNT_KEYS) expect(r.totals.counts[key]).toBe(r.windows.reduce((s, w) => s + w.counts[key], 0))
        for (const w of r.windows) expect(w.pointsDeducted).toBeCloseTo(w.deductions.reduce((s, d) => s + d.count * d.pointsEach, 0))
        expect(r.totals.pointsDeducted).toBeCloseTo(r.windows.reduce((s, w) => s + w.pointsDeducted, 0))
      }),
    )
  })

  it('each window confirms, serves and covers no more than it was given', () => {
    fc.assert(
      fc.property(records, (input) => {
        for (const { counts: c } of report(input).windows) {
          expect(c.confirmedInTime + c.confirmedLate + c.unconfirmedOverdue).toBeLessThanOrEqual(c.dispatched)
          expect(c.abandoned).toBeLessThanOrEqual(c.served)
          expect(c.served).toBeLessThanOrEqual(c.dispatched)
          expect(c.shiftsCovered + c.shiftsAbsent).toBeLessThanOrEqual(c.shiftsScheduled)
          expect(c.openBadReviews).toBeLessThanOrEqual(c.badReviews)
        }
      }),
    )
  })

  it('records dated outside the period change nothing', () => {
    fc.assert(
      fc.property(records, records, (inside, outside) => {
        const before = (d: string) => `2025-${d.slice(5)}`
        const moved = {
          appointments: outside.appointments.map((a) => ({ ...a, date: before(a.date) })),
          shifts: outside.shifts.map((s) => ({ ...s, date: before(s.date) })),
          reviews: outside.reviews.map((r) => ({ ...r, at: r.at - 366 * 86_400_000 })),
        }
        const alone = report(inside)
        const mixed = report({
          appointments: [...inside.appointments, ...moved.appointments],
          shifts: [...inside.shifts, ...moved.shifts],
          reviews: [...inside.reviews, ...moved.reviews],
        })
        expect(mixed).toEqual(alone)
      }),
    )
  })
})
