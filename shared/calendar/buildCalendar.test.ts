import { buildCalendar, calendarRange, dayInfo, holidayPeriods, SHIPPED_YEARS, type YearCalendar } from '.'

describe('building the calendar from shipped and saved years (Decision under R5)', () => {
  it('lets a saved year replace the shipped year of the same number', () => {
    const corrected: YearCalendar = { ...SHIPPED_YEARS[4], holidays: SHIPPED_YEARS[4].holidays.filter(({ name }) => name !== '端午节') }
    const calendar = buildCalendar(SHIPPED_YEARS, [corrected])
    expect(dayInfo('2026-06-19', calendar).kind).toBe('workday')
    expect(calendar.years.get(2026)).toBe(corrected)
    expect(holidayPeriods(calendar).filter(({ year }) => year === 2026).map(({ name }) => name)).not.toContain('端午节')
  })

  it('adds a saved year the project did not ship', () => {
    const calendar = buildCalendar(SHIPPED_YEARS, [{ year: 2027, source: { title: '示例' }, holidays: [{ name: '元旦', start: '2027-01-01', end: '2027-01-03' }], makeupDays: [] }])
    expect(dayInfo('2027-01-01', calendar)).toMatchObject({ kind: 'holiday', holidayName: '元旦' })
  })

  it('lets the later notice decide a date two notices speak of', () => {
    expect(dayInfo('2022-12-31', buildCalendar(SHIPPED_YEARS))).toMatchObject({ kind: 'holiday', holidayName: '元旦' })
    expect(holidayPeriods(buildCalendar(SHIPPED_YEARS)).find(({ start }) => start === '2022-12-31')?.year).toBe(2023)
  })

  it('knows nothing without years', () => {
    expect(dayInfo('2026-06-01', buildCalendar([])).kind).toBe('unknown')
  })

  it('does not change the years it is given', () => {
    const years = structuredClone(SHIPPED_YEARS)
    buildCalendar(years, [])
    expect(years).toEqual(SHIPPED_YEARS)
  })
})

describe('a range of days (calendar.range)', () => {
  const calendar = buildCalendar(SHIPPED_YEARS)

  it('answers every day from `from` to `to`', () => {
    const result = calendarRange('2026-09-30', '2026-10-11', calendar)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.data.days.map(({ date, kind }) => `${date.slice(5)} ${kind}`)).toEqual([
      '09-30 workday',
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => `10-${d} holiday`),
      '10-08 workday',
      '10-09 workday',
      '10-10 makeup',
      '10-11 weekend',
    ])
  })

  it('answers unknown days beyond the known years', () => {
    const result = calendarRange('2026-12-27', '2027-01-02', calendar)
    expect(result.ok && result.data.days.map(({ kind }) => kind)).toEqual(['weekend', 'workday', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown'])
  })

  it('allows 366 days and no more', () => {
    const full = calendarRange('2024-01-01', '2024-12-31', calendar)
    expect(full.ok && full.data.days).toHaveLength(366)
    expect(calendarRange('2024-01-01', '2025-01-01', calendar)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { to: '一次最多查询366天' } },
    })
  })

  it('rejects a range that ends before it starts', () => {
    expect(calendarRange('2026-10-02', '2026-10-01', calendar)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { to: '结束日期不能早于开始日期' } } })
  })

  it('rejects dates that are not dates', () => {
    expect(calendarRange('2026-02-30', 20261001, calendar)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { from: '请选择日期', to: '请填写日期' } },
    })
  })
})
