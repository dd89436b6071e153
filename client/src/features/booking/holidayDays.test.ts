import { holidayDays } from './holidayDays'

describe('holidayDays', () => {
  it('lists every day of a holiday, weekends inside it included (R3)', () => {
    expect(holidayDays({ start: '2026-09-30', end: '2026-10-03' })).toEqual(['2026-09-30', '2026-10-01', '2026-10-02', '2026-10-03'])
  })

  it('returns the one day of a one-day holiday', () => {
    expect(holidayDays({ start: '2026-01-01', end: '2026-01-01' })).toEqual(['2026-01-01'])
  })
})
