import { formatMonth, monthGrid, monthOf, shiftMonth } from './monthGrid'

describe(`month grid (process TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('starts October 2026 on its Thursday, Monday first', () => {
    const grid = monthGrid('2026-10')
    expect(grid.weeks[0]).toEqual([null, null, null, '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04'])
    expect(grid.from).toBe('2026-10-01')
    expect(grid.to).toBe('2026-10-31')
  })

  it('holds every day of the month once, in weeks of seven', () => {
    const grid = monthGrid('2026-10')
    const days = grid.weeks.flat().filter(Boolean)
    expect(days).toHaveLength(31)
    expect(days.at(-1)).toBe('2026-10-31')
    expect(grid.weeks.every((w) => w.length === 7)).toBe(true)
  })

  it('knows leap Februaries', () => {
    expect(monthGrid('2028-02').to).toBe('2028-02-29')
    expect(monthGrid('2026-02').to).toBe('2026-02-28')
  })

  it('starts a month beginning on Monday without blanks, and one beginning on Sunday with six', () => {
    expect(monthGrid('2026-06').weeks[0][0]).toBe('2026-06-01')
    expect(monthGrid('2026-03').weeks[0]).toEqual([null, null, null, null, null, null, '2026-03-01'])
  })

  it('is the same in March 2026, when Los Angeles changes to daylight saving', () => {
    const days = monthGrid('2026-03').weeks.flat().filter(Boolean)
    expect(days).toHaveLength(31)
    expect(days).toContain('2026-03-08')
    expect(new Set(days).size).toBe(31)
  })

  it('moves across years both ways', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(shiftMonth('2026-10', 0)).toBe('2026-10')
  })

  it('reads the month of a date and writes it in Chinese', () => {
    expect(monthOf('2026-09-26')).toBe('2026-09')
    expect(formatMonth('2026-09')).toBe('2026年9月')
  })
})
