import { formatDateRange, formatFullDate, formatMonthDay, formatWeekday } from './formatCivilDate'

describe('civil dates as citizens read them', () => {
  it('writes month and day without leading zeros', () => {
    expect(formatMonthDay('2026-10-01')).toBe('10月1日')
    expect(formatMonthDay('2026-01-04')).toBe('1月4日')
  })

  it('writes a holiday as its first and last day', () => {
    expect(formatDateRange('2026-10-01', '2026-10-07')).toBe('10月1日—10月7日')
  })

  it('writes a one-day holiday once', () => {
    expect(formatDateRange('2025-01-01', '2025-01-01')).toBe('1月1日')
  })

  it('names both years of a holiday crossing into the next one (元旦)', () => {
    expect(formatDateRange('2026-12-31', '2027-01-02')).toBe('2026年12月31日—2027年1月2日')
    expect(formatDateRange('2026-12-31', '2027-01-02', '2026-12-20')).toBe('2026年12月31日—2027年1月2日')
  })

  it("names the year of a holiday in another year than today's, and not of one in this year", () => {
    expect(formatDateRange('2027-01-01', '2027-01-03', '2026-12-20')).toBe('2027年1月1日—1月3日')
    expect(formatDateRange('2027-01-01', '2027-01-01', '2026-12-20')).toBe('2027年1月1日')
    expect(formatDateRange('2026-10-01', '2026-10-07', '2026-09-26')).toBe('10月1日—10月7日')
  })

  it('writes a full date with its year', () => {
    expect(formatFullDate('2026-10-05')).toBe('2026年10月5日')
  })

  it('names the weekday of the Beijing date, whatever the process zone', () => {
    expect(formatWeekday('2026-10-01')).toBe('周四')
    expect(formatWeekday('2026-09-20')).toBe('周日')
  })
})
