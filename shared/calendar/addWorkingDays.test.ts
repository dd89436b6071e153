import { buildCalendar, SHIPPED_YEARS } from '.'
import { addWorkingDays } from './addWorkingDays'

const calendar = buildCalendar(SHIPPED_YEARS)

describe('addWorkingDays (R5, R20 follow-up deadlines)', () => {
  it.each([
    ['the next day from a Monday', '2026-09-14', 1, '2026-09-15'],
    ['over an ordinary weekend', '2026-09-11', 1, '2026-09-14'],
    ['onto a 调休 Sunday, which is a working day (R5)', '2026-09-18', 1, '2026-09-20'],
    ['over 中秋 (Friday 25 to Sunday 27 September)', '2026-09-24', 1, '2026-09-28'],
    ['over 国庆 (1–7 October)', '2026-09-30', 1, '2026-10-08'],
    ['onto the 调休 Saturday after 国庆', '2026-09-30', 3, '2026-10-10'],
    ['five days from the day before 国庆', '2026-09-30', 5, '2026-10-13'],
    ['five days from inside 国庆', '2026-10-03', 5, '2026-10-13'],
    ['over a walk-in weekend', '2026-11-27', 5, '2026-12-04'],
    ['zero days', '2026-10-03', 0, '2026-10-03'],
  ])('counts %s', (_label, from, days, expected) => {
    expect(addWorkingDays(from, days, calendar)).toBe(expected)
  })

  it('answers null when the count reaches days the calendar does not know, never a guess', () => {
    expect(addWorkingDays('2026-12-24', 5, calendar)).toBeNull()
    expect(addWorkingDays('2027-03-01', 1, calendar)).toBeNull()
  })

  it('refuses a count that is not a whole number of days', () => {
    expect(() => addWorkingDays('2026-09-14', -1, calendar)).toThrow(RangeError)
    expect(() => addWorkingDays('2026-09-14', 1.5, calendar)).toThrow(RangeError)
  })
})
