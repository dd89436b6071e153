import { upcomingAt } from './fixtures'
import { holidayChoices } from './holidayChoices'

describe('which holidays the book page offers (R6)', () => {
  it('offers 国庆节 until 17:00 of the last working day before it, with its deadline', () => {
    const choices = holidayChoices(upcomingAt('2026-09-30T16:59:00+08:00'))
    expect(choices.open.map((h) => h.name)).toContain('国庆节')
    expect(choices.open.find((h) => h.name === '国庆节')?.bookingDeadline).toBe('2026-09-30T17:00:00+08:00')
  })

  it('says 国庆节 closed at 17:00 on 30 September, and why', () => {
    const choices = holidayChoices(upcomingAt('2026-09-30T17:01:00+08:00'))
    expect(choices.open.map((h) => h.name)).not.toContain('国庆节')
    expect(choices.closed).toContain('国庆节（10月1日—10月7日）的预约已于9月30日 17:00截止')
  })

  it("says next year's arrangement is not yet published at the end of the year", () => {
    const choices = holidayChoices(upcomingAt('2026-12-30T10:00:00+08:00'))
    expect(choices.open).toEqual([])
    expect(choices.unknownNotice).toBe('2027年节假日安排尚未公布，公布后即可预约')
  })
})
