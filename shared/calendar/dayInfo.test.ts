import { buildCalendar, dayInfo, DEFAULT_CALENDAR_SETTINGS, SHIPPED_YEARS } from '.'

const calendar = buildCalendar(SHIPPED_YEARS)
const WALK_IN_HOURS = [
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:00' },
]

describe('weekend walk-in (R2)', () => {
  it('serves an ordinary Saturday and Sunday without appointment, 08:30–12:00 and 13:30–17:00', () => {
    expect(dayInfo('2026-11-28', calendar)).toEqual({ date: '2026-11-28', kind: 'weekend', service: 'walk-in', hours: WALK_IN_HOURS })
    expect(dayInfo('2026-11-29', calendar)).toEqual({ date: '2026-11-29', kind: 'weekend', service: 'walk-in', hours: WALK_IN_HOURS })
  })

  it('takes the hours from the settings', () => {
    const settings = { ...DEFAULT_CALENDAR_SETTINGS, walkInHours: [{ start: '09:00', end: '12:00' }] }
    expect(dayInfo('2026-11-28', calendar, settings).hours).toEqual([{ start: '09:00', end: '12:00' }])
  })

  it('gives hours only on walk-in days', () => {
    expect(dayInfo('2026-11-27', calendar).hours).toBeUndefined()
    expect(dayInfo('2026-10-03', calendar).hours).toBeUndefined()
  })

  it('does not hand out the settings object itself', () => {
    const hours = dayInfo('2026-11-28', calendar).hours!
    hours[0].start = '00:00'
    expect(DEFAULT_CALENDAR_SETTINGS.walkInHours[0].start).toBe('08:30')
  })
})

describe('a weekend inside a holiday is a holiday day (R3)', () => {
  it.each([
    ['2026-10-03', '国庆节'],
    ['2026-10-04', '国庆节'],
    ['2026-02-15', '春节'],
    ['2025-05-31', '端午节'],
  ])('%s is a holiday day of %s, by appointment', (date, name) => {
    expect(dayInfo(date, calendar)).toEqual({ date, kind: 'holiday', holidayName: name, service: 'appointment' })
  })
})

describe('a weekend joined to a holiday belongs to it (与周末连休, Decision under R5)', () => {
  it.each([
    ['2024-06-08', '端午节'],
    ['2024-06-09', '端午节'],
    ['2024-06-10', '端午节'],
    ['2023-12-30', '元旦'],
    ['2023-12-31', '元旦'],
  ])('%s is a holiday day of %s', (date, name) => {
    expect(dayInfo(date, calendar)).toMatchObject({ kind: 'holiday', holidayName: name, service: 'appointment' })
  })
})

describe('make-up working days and ordinary working days (R5)', () => {
  it('treats a make-up Saturday as a working day, never a walk-in day', () => {
    expect(dayInfo('2026-02-14', calendar)).toEqual({ date: '2026-02-14', kind: 'makeup', service: 'normal' })
    expect(dayInfo('2026-10-10', calendar)).toEqual({ date: '2026-10-10', kind: 'makeup', service: 'normal' })
  })

  it('treats a make-up Sunday as a working day', () => {
    expect(dayInfo('2026-09-20', calendar)).toEqual({ date: '2026-09-20', kind: 'makeup', service: 'normal' })
  })

  it('treats Monday to Friday outside holidays as working days', () => {
    expect(dayInfo('2026-11-27', calendar)).toEqual({ date: '2026-11-27', kind: 'workday', service: 'normal' })
  })

  it('keeps 除夕 2024 a working day: the notice only encourages a day off', () => {
    expect(dayInfo('2024-02-09', calendar).kind).toBe('workday')
  })
})

describe('a day the calendar does not know is unknown, never guessed', () => {
  it.each(['2021-06-01', '2021-12-31', '2027-01-01', '2027-01-04', '2027-10-01', '2030-02-02'])('%s is unknown', (date) => {
    expect(dayInfo(date, calendar)).toEqual({ date, kind: 'unknown', service: 'unknown' })
  })

  it('answers a day a known notice declares, even at the edge of an unknown year', () => {
    const only2023 = buildCalendar(SHIPPED_YEARS.filter(({ year }) => year === 2023))
    expect(dayInfo('2022-12-31', only2023)).toMatchObject({ kind: 'holiday', holidayName: '元旦' })
    expect(dayInfo('2022-12-30', only2023).kind).toBe('unknown')
  })

  it('leaves the last days of December unknown while the next year is unknown: its 元旦 may reach back', () => {
    expect(dayInfo('2026-12-28', calendar).kind).toBe('workday')
    expect(['2026-12-29', '2026-12-30', '2026-12-31'].map((date) => dayInfo(date, calendar).kind)).toEqual(['unknown', 'unknown', 'unknown'])
    expect(dayInfo('2025-12-31', calendar).kind).toBe('workday')
  })

  it('answers those days once the next year is entered', () => {
    const with2027 = buildCalendar(SHIPPED_YEARS, [
      { year: 2027, source: { title: '示例' }, holidays: [{ name: '元旦', start: '2027-01-01', end: '2027-01-03' }], makeupDays: [] },
    ])
    expect(dayInfo('2026-12-31', with2027).kind).toBe('workday')
    expect(dayInfo('2027-01-02', with2027)).toMatchObject({ kind: 'holiday', holidayName: '元旦' })
    expect(dayInfo('2027-01-09', with2027).kind).toBe('weekend')
  })

  it('throws on a date that does not exist: input is validated at the edge', () => {
    expect(() => dayInfo('2026-02-30', calendar)).toThrow(RangeError)
  })
})
