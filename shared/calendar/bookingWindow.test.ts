import fc from 'fast-check'
import { addDays, civilDateOf, weekdayOf } from '../time'
import { bookingDeadline, bookingWindow, buildCalendar, dayInfo, DEFAULT_CALENDAR_SETTINGS, periodOf, SHIPPED_YEARS, type HolidayPeriod } from '.'

const calendar = buildCalendar(SHIPPED_YEARS)
const settings = DEFAULT_CALENDAR_SETTINGS
const period = (date: string): HolidayPeriod => periodOf(date, calendar)!

const NATIONAL_DAY_2026 = period('2026-10-01')
const MID_AUTUMN_2026 = period('2026-09-25')

describe('booking deadline (R6)', () => {
  it('is 17:00 Beijing time of the last working day before the holiday', () => {
    expect(bookingDeadline(NATIONAL_DAY_2026, calendar, settings)).toEqual({
      ok: true,
      data: { date: '2026-09-30', iso: '2026-09-30T17:00:00+08:00', epochMs: Date.parse('2026-09-30T09:00:00Z') },
    })
  })

  it('skips the weekend before a holiday', () => {
    // 2025 端午 starts on Saturday 31 May: the last working day is Friday 30 May.
    expect(bookingDeadline(period('2025-05-31'), calendar, settings)).toMatchObject({ ok: true, data: { date: '2025-05-30' } })
  })

  it('counts the joined weekend as part of the holiday (与周末连休)', () => {
    // 2024 端午: 8–10 June; the request must be in by Friday 7 June.
    expect(bookingDeadline(period('2024-06-10'), calendar, settings)).toMatchObject({ ok: true, data: { date: '2024-06-07' } })
    // 2024 元旦: 30 Dec 2023 – 1 Jan 2024; by Friday 29 Dec.
    expect(bookingDeadline(period('2024-01-01'), calendar, settings)).toMatchObject({ ok: true, data: { date: '2023-12-29' } })
  })

  it('falls on a make-up Saturday when that is the last working day', () => {
    // 2024 中秋 starts Sunday 15 September; Saturday 14 September is a make-up day.
    expect(bookingDeadline(period('2024-09-15'), calendar, settings)).toMatchObject({ ok: true, data: { date: '2024-09-14', iso: '2024-09-14T17:00:00+08:00' } })
    expect(dayInfo('2024-09-14', calendar).kind).toBe('makeup')
  })

  it('reaches into the previous year for a 元旦 that starts in December', () => {
    expect(bookingDeadline(period('2023-01-01'), calendar, settings)).toMatchObject({ ok: true, data: { date: '2022-12-30' } })
  })

  it('takes the cutoff from the settings', () => {
    const at16 = { ...settings, bookingCutoff: '16:00' }
    expect(bookingDeadline(NATIONAL_DAY_2026, calendar, at16)).toMatchObject({ ok: true, data: { iso: '2026-09-30T16:00:00+08:00' } })
  })

  it('answers CALENDAR_UNKNOWN when the days before the holiday are unknown', () => {
    const only2023 = buildCalendar(SHIPPED_YEARS.filter(({ year }) => year === 2023))
    const newYear = periodOf('2023-01-01', only2023)!
    expect(bookingDeadline(newYear, only2023, settings)).toMatchObject({ ok: false, error: { code: 'CALENDAR_UNKNOWN' } })
    expect(bookingWindow(newYear, '2022-12-20T10:00:00+08:00', only2023, settings)).toEqual({ open: false, reason: 'CALENDAR_UNKNOWN' })
  })
})

describe('booking window around the deadline (R6)', () => {
  it.each([
    ['2026-09-29T23:30:00+08:00', true, '2026-09-30'],
    ['2026-09-30T00:30:00+08:00', true, '2026-09-30'],
    ['2026-09-30T16:59:00+08:00', true, '2026-09-30'],
    ['2026-09-30T17:01:00+08:00', false, undefined],
    ['2026-09-30T23:30:00+08:00', false, undefined],
    ['2026-10-01T00:30:00+08:00', false, undefined],
  ])('a request for 国庆 2026 at %s is open: %s', (now, open, handledFrom) => {
    const window = bookingWindow(NATIONAL_DAY_2026, now, calendar, settings)
    expect(window.open).toBe(open)
    expect(window.handledFrom).toBe(handledFrom)
    expect(window.reason).toBe(open ? undefined : 'BOOKING_CLOSED')
    expect(window.deadline?.iso).toBe('2026-09-30T17:00:00+08:00')
  })

  it('reads the hour in Beijing, whatever zone the instant is written in', () => {
    // 16:59 in Beijing is 08:59 UTC and 01:59 in Los Angeles (PDT).
    expect(bookingWindow(NATIONAL_DAY_2026, '2026-09-30T08:59:00Z', calendar, settings).open).toBe(true)
    expect(bookingWindow(NATIONAL_DAY_2026, '2026-09-30T01:59:00-07:00', calendar, settings).open).toBe(true)
    expect(bookingWindow(NATIONAL_DAY_2026, Date.parse('2026-09-30T09:01:00Z'), calendar, settings).open).toBe(false)
    expect(bookingWindow(NATIONAL_DAY_2026, new Date('2026-09-30T09:00:00Z'), calendar, settings).open).toBe(false)
  })

  it('hands a request made after 17:00 on a working day to the next working day', () => {
    expect(bookingWindow(NATIONAL_DAY_2026, '2026-09-28T18:00:00+08:00', calendar, settings)).toMatchObject({ open: true, handledFrom: '2026-09-29' })
  })

  it('accepts a request on a make-up day as on any working day', () => {
    // Sunday 20 September 2026 is a make-up day.
    expect(bookingWindow(MID_AUTUMN_2026, '2026-09-20T10:00:00+08:00', calendar, settings)).toMatchObject({ open: true, handledFrom: '2026-09-20' })
  })
})

describe('requests made on a weekend or a holiday (R6)', () => {
  it('accepts a weekend request when a working day still lies before the holiday, handled from that day', () => {
    // Saturday 13 June 2026, for 端午 starting Friday 19 June: handled from Monday 15 June.
    expect(weekdayOf('2026-06-13')).toBe(6)
    expect(bookingWindow(period('2026-06-19'), '2026-06-13T10:00:00+08:00', calendar, settings)).toMatchObject({ open: true, handledFrom: '2026-06-15' })
  })

  it('accepts a request made during one holiday for a later holiday, handled after it ends', () => {
    // 中秋 2026 (25–27 September) for 国庆: handled from Monday 28 September.
    expect(bookingWindow(NATIONAL_DAY_2026, '2026-09-26T10:00:00+08:00', calendar, settings)).toMatchObject({ open: true, handledFrom: '2026-09-28' })
  })

  it('rejects a request made during a holiday for that same holiday', () => {
    expect(bookingWindow(NATIONAL_DAY_2026, '2026-10-03T09:00:00+08:00', calendar, settings)).toMatchObject({ open: false, reason: 'BOOKING_CLOSED' })
  })

  it('rejects a weekend request when no working day is left before the holiday', () => {
    // An example year: a holiday on Monday 4 March 2030, the weekend before it ordinary.
    const example = buildCalendar([
      { year: 2030, source: { title: '示例' }, holidays: [{ name: '示例节', start: '2030-03-04', end: '2030-03-04' }], makeupDays: [] },
    ])
    const holiday = periodOf('2030-03-04', example)!
    expect(weekdayOf('2030-03-04')).toBe(1)
    expect(bookingWindow(holiday, '2030-03-02T10:00:00+08:00', example, settings)).toMatchObject({ open: false, reason: 'BOOKING_CLOSED', deadline: { date: '2030-03-01' } })
    expect(bookingWindow(holiday, '2030-03-01T16:00:00+08:00', example, settings)).toMatchObject({ open: true, handledFrom: '2030-03-01' })
  })

  it('rejects a request made during one holiday for the next when no working day lies between', () => {
    const example = buildCalendar([
      {
        year: 2030,
        source: { title: '示例' },
        holidays: [
          { name: '甲节', start: '2030-05-01', end: '2030-05-05' },
          { name: '乙节', start: '2030-05-06', end: '2030-05-06' },
        ],
        makeupDays: [],
      },
    ])
    expect(bookingWindow(periodOf('2030-05-06', example)!, '2030-05-02T10:00:00+08:00', example, settings)).toMatchObject({ open: false, reason: 'BOOKING_CLOSED' })
  })
})

describe('the two readings of R6 agree', () => {
  const periods = calendar.periods.filter(({ start }) => start > '2022-01-10')
  it('is open exactly when now is before the deadline, and is then handled on a working day no later than the deadline', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...periods),
        fc.integer({ min: -40 * 24 * 60, max: 5 * 24 * 60 }),
        (holiday, minutes) => {
          const now = Date.parse(`${holiday.start}T00:00:00+08:00`) + minutes * 60_000
          const window = bookingWindow(holiday, now, calendar, settings)
          const deadline = bookingDeadline(holiday, calendar, settings)
          if (!deadline.ok) throw new Error('known years have deadlines')
          expect(window.open).toBe(now < deadline.data.epochMs)
          if (window.open) {
            const handledFrom = window.handledFrom!
            expect(handledFrom >= civilDateOf(now)).toBe(true)
            expect(handledFrom <= deadline.data.date).toBe(true)
            expect(['workday', 'makeup']).toContain(dayInfo(handledFrom, calendar).kind)
            for (let d = civilDateOf(now); d < handledFrom; d = addDays(d, 1)) {
              if (d !== civilDateOf(now)) expect(['workday', 'makeup']).not.toContain(dayInfo(d, calendar).kind)
            }
          }
        },
      ),
      { numRuns: 500 },
    )
  })
})
