import type { HolidayPeriod } from '../calendar'
import { listedHolidays, sectionListRange } from './sectionListRange'

const PERIODS: HolidayPeriod[] = [
  { name: '国庆节', start: '2025-10-01', end: '2025-10-08', year: 2025 },
  { name: '元旦', start: '2026-01-01', end: '2026-01-03', year: 2026 },
  { name: '国庆节', start: '2026-10-01', end: '2026-10-08', year: 2026 },
  { name: '劳动节', start: '2024-05-01', end: '2024-05-05', year: 2024 },
]

describe('the dates of the section\'s list (R8, R9)', () => {
  it.each([
    ['no filter: every date', {}, {}],
    ['a holiday: its days', { holiday: '2026-10-01' }, { from: '2026-10-01', to: '2026-10-08' }],
    ['one date', { date: '2026-10-03' }, { from: '2026-10-03', to: '2026-10-03' }],
    ['a date inside the holiday', { holiday: '2026-10-01', date: '2026-10-03' }, { from: '2026-10-03', to: '2026-10-03' }],
  ])('R9 %s', (_case, filter, range) => {
    expect(sectionListRange(filter, PERIODS)).toEqual({ ok: true, data: range })
  })

  it('R9 a date outside the chosen holiday selects nothing (from after to)', () => {
    const result = sectionListRange({ holiday: '2026-10-01', date: '2026-10-20' }, PERIODS)
    expect(result.ok && result.data.from! > result.data.to!).toBe(true)
  })

  it('R9 refuses a holiday the calendar does not know, naming the field', () => {
    expect(sectionListRange({ holiday: '2026-10-02' }, PERIODS)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { holiday: '没有找到这个节假日，请重新选择' } },
    })
  })

  it('R9 offers last year\'s holidays and later ones, newest first', () => {
    expect(listedHolidays(PERIODS, '2026-09-28').map((p) => p.start)).toEqual(['2026-10-01', '2026-01-01', '2025-10-01'])
  })
})
