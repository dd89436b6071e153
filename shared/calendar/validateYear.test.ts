import { checkYear, SHIPPED_YEARS, validateYear, type YearCalendar } from '.'

const base: YearCalendar = {
  year: 2026,
  source: { title: '国务院办公厅关于2026年部分节假日安排的通知' },
  holidays: [
    { name: '元旦', start: '2026-01-01', end: '2026-01-03' },
    { name: '清明节', start: '2026-04-04', end: '2026-04-06' },
  ],
  makeupDays: ['2026-01-04'],
}
const messages = (year: YearCalendar) => validateYear(year).map(({ message }) => message)

describe('validating a year an admin enters (calendar.setYear)', () => {
  it.each(SHIPPED_YEARS.map((year) => [year.year, year] as const))('finds nothing wrong with the shipped %s', (_, year) => {
    expect(validateYear(year)).toEqual([])
  })

  it('finds a holiday that ends before it starts', () => {
    expect(validateYear({ ...base, holidays: [{ name: '清明节', start: '2026-04-06', end: '2026-04-04' }], makeupDays: [] })).toEqual([
      { field: 'holidays.0.end', message: '「清明节」的结束日期早于开始日期' },
    ])
  })

  it('finds overlapping holidays', () => {
    expect(validateYear({ ...base, holidays: [...base.holidays, { name: '劳动节', start: '2026-04-06', end: '2026-04-08' }] })).toContainEqual({
      field: 'holidays.2.start',
      message: '「劳动节」与「清明节」的日期重叠',
    })
  })

  it('finds a make-up day that is not a Saturday or Sunday', () => {
    expect(validateYear({ ...base, makeupDays: ['2026-01-04', '2026-01-05'] })).toEqual([
      { field: 'makeupDays.1', message: '调休上班日2026年1月5日（周一）不是周六或周日' },
    ])
  })

  it('finds a make-up day inside a holiday', () => {
    expect(messages({ ...base, makeupDays: ['2026-01-04', '2026-04-04'] })).toContain('调休上班日2026年4月4日（周六）在「清明节」假期内')
  })

  it('finds a make-up day given twice', () => {
    expect(messages({ ...base, makeupDays: ['2026-01-04', '2026-01-04'] })).toEqual(['调休上班日2026年1月4日（周日）重复'])
  })

  it('finds dates outside the year', () => {
    expect(messages({ ...base, holidays: [...base.holidays, { name: '国庆节', start: '2025-10-01', end: '2025-10-07' }] })).toEqual([
      '「国庆节」的开始日期2025年10月1日（周三）不在2026年内',
      '「国庆节」的结束日期2025年10月7日（周二）不在2026年内',
    ])
    expect(messages({ ...base, holidays: [...base.holidays, { name: '元旦', start: '2026-12-31', end: '2027-01-01' }] })).toContain(
      '「元旦」的结束日期2027年1月1日（周五）不在2026年内',
    )
    expect(messages({ ...base, makeupDays: ['2026-01-04', '2027-01-09'] })).toContain('调休上班日2027年1月9日（周六）不在2026年内')
  })

  it('accepts a 元旦 that starts in the previous December, as the 2023 notice has it', () => {
    expect(validateYear({ ...base, year: 2023, holidays: [{ name: '元旦', start: '2022-12-31', end: '2023-01-02' }], makeupDays: [] })).toEqual([])
    expect(validateYear({ ...base, year: 2019, holidays: [{ name: '元旦', start: '2018-12-30', end: '2019-01-01' }], makeupDays: ['2018-12-29'] })).toEqual([])
  })

  it('finds a weekend next to a holiday that is neither joined to it nor a make-up day (与周末连休)', () => {
    expect(validateYear({ ...base, year: 2024, holidays: [{ name: '端午节', start: '2024-06-10', end: '2024-06-10' }], makeupDays: [] })).toEqual([
      { field: 'holidays.0.start', message: '2024年6月9日（周日）与「端午节」相连，应计入假期（与周末连休）或列为调休上班日' },
    ])
  })
})

describe('checking the input of calendar.setYear', () => {
  it('answers the year, make-up days sorted', () => {
    const sound = checkYear({ ...SHIPPED_YEARS[4], makeupDays: [...SHIPPED_YEARS[4].makeupDays].reverse() })
    expect(sound).toEqual({ ok: true, data: SHIPPED_YEARS[4] })
  })

  it('answers INVALID_INPUT with Chinese messages by field for a malformed year', () => {
    const result = checkYear({ year: '2026', source: { title: '' }, holidays: [{ name: '元旦', start: '2026-1-1', end: '2026-01-03' }], makeupDays: ['2026-02-30'] })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: {
          year: '年份应为数字',
          'source.title': '请填写通知标题',
          'holidays.0.start': '放假开始日期应为有效日期，格式YYYY-MM-DD',
          'makeupDays.0': '调休上班日期应为有效日期，格式YYYY-MM-DD',
        },
      },
    })
  })

  it('answers INVALID_INPUT for a well-formed year that makes no sense', () => {
    expect(checkYear({ ...base, makeupDays: ['2026-01-04', '2026-01-05'] })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '调休上班日2026年1月5日（周一）不是周六或周日', fields: { 'makeupDays.1': '调休上班日2026年1月5日（周一）不是周六或周日' } },
    })
  })

  it('requires at least one holiday', () => {
    expect(checkYear({ ...base, holidays: [] })).toMatchObject({ ok: false, error: { fields: { holidays: '至少填写一个节假日' } } })
  })
})
