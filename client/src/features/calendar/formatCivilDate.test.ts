import { formatDateRange, formatMonthDay, formatWeekday } from './formatCivilDate'

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

  it('names the weekday of the Beijing date, whatever the process zone', () => {
    expect(formatWeekday('2026-10-01')).toBe('周四')
    expect(formatWeekday('2026-09-20')).toBe('周日')
  })
})
