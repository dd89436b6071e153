import { buildCalendar, DEFAULT_CALENDAR_SETTINGS, SHIPPED_YEARS, upcomingHolidays } from '.'

const calendar = buildCalendar(SHIPPED_YEARS)
const settings = DEFAULT_CALENDAR_SETTINGS

describe('upcoming holidays (calendar.upcoming, R6)', () => {
  it('lists the next holidays with their deadlines and whether booking is open', () => {
    expect(upcomingHolidays('2026-09-24T10:00:00+08:00', calendar, settings)).toEqual({
      holidays: [
        { name: '中秋节', start: '2026-09-25', end: '2026-09-27', bookingDeadline: '2026-09-24T17:00:00+08:00', open: true },
        { name: '国庆节', start: '2026-10-01', end: '2026-10-07', bookingDeadline: '2026-09-30T17:00:00+08:00', open: true },
      ],
      unknownFrom: '2026-12-29',
    })
  })

  it('keeps a holiday that has begun but not ended, closed', () => {
    const { holidays } = upcomingHolidays('2026-10-03T10:00:00+08:00', calendar, settings)
    expect(holidays).toEqual([{ name: '国庆节', start: '2026-10-01', end: '2026-10-07', bookingDeadline: '2026-09-30T17:00:00+08:00', open: false }])
  })

  it('drops a holiday once its last day is over, by the Beijing date', () => {
    // 23:59 on 7 October in Beijing is still the holiday; 00:00 on the 8th is not.
    expect(upcomingHolidays('2026-10-07T15:59:00Z', calendar, settings).holidays.map(({ name }) => name)).toEqual(['国庆节'])
    expect(upcomingHolidays('2026-10-07T16:00:00Z', calendar, settings).holidays).toEqual([])
  })

  it('says from when the calendar is unknown, so the app can say next year is not yet published', () => {
    // Today: nothing left in 2026, and 2027 is not yet entered.
    expect(upcomingHolidays('2026-11-27T14:40:00+08:00', calendar, settings)).toEqual({ holidays: [], unknownFrom: '2026-12-29' })
  })

  it('runs into the next year when it is known', () => {
    const result = upcomingHolidays('2025-11-27T10:00:00+08:00', calendar, settings, 2)
    expect(result.holidays).toEqual([
      { name: '元旦', start: '2026-01-01', end: '2026-01-03', bookingDeadline: '2025-12-31T17:00:00+08:00', open: true },
      { name: '春节', start: '2026-02-15', end: '2026-02-23', bookingDeadline: '2026-02-14T17:00:00+08:00', open: true },
    ])
    expect(result.unknownFrom).toBe('2026-12-29')
  })

  it('moves unknownFrom on when an admin enters the next year', () => {
    const with2027 = buildCalendar(SHIPPED_YEARS, [
      { year: 2027, source: { title: '示例' }, holidays: [{ name: '元旦', start: '2027-01-01', end: '2027-01-03' }], makeupDays: [] },
    ])
    expect(upcomingHolidays('2026-11-27T10:00:00+08:00', with2027, settings)).toEqual({
      holidays: [{ name: '元旦', start: '2027-01-01', end: '2027-01-03', bookingDeadline: '2026-12-31T17:00:00+08:00', open: true }],
      unknownFrom: '2027-12-29',
    })
  })

  it('answers unknownFrom today when today itself is unknown', () => {
    expect(upcomingHolidays('2021-06-01T10:00:00+08:00', calendar, settings).unknownFrom).toBe('2021-06-01')
  })
})
