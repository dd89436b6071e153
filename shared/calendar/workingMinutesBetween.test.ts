import { buildCalendar, SHIPPED_YEARS } from '.'
import { workingMinutesBetween } from './workingMinutesBetween'

const calendar = buildCalendar(SHIPPED_YEARS)
const at = (iso: string) => Date.parse(iso)

describe('workingMinutesBetween (R9 undispatched alert)', () => {
  it.each([
    ['the same morning', '2026-09-28T10:00:00+08:00', '2026-09-28T12:00:00+08:00', 120],
    ['across the lunch break', '2026-09-28T11:00:00+08:00', '2026-09-28T13:00:00+08:00', 60],
    ['into the afternoon', '2026-09-28T10:00:00+08:00', '2026-09-28T13:31:00+08:00', 121],
    ['over the evening', '2026-09-28T16:30:00+08:00', '2026-09-29T09:00:00+08:00', 60],
    ['over an ordinary weekend', '2026-09-11T16:30:00+08:00', '2026-09-14T09:30:00+08:00', 90],
    ['over 中秋 (a Friday holiday and its weekend)', '2026-09-24T16:30:00+08:00', '2026-09-28T09:00:00+08:00', 60],
    ['on a 调休 Sunday, which is a working day (R5)', '2026-09-20T08:00:00+08:00', '2026-09-20T10:00:00+08:00', 90],
    ['before opening', '2026-09-28T06:00:00+08:00', '2026-09-28T08:00:00+08:00', 0],
    ['a year the calendar does not know', '2027-03-01T09:00:00+08:00', '2027-03-01T11:00:00+08:00', 0],
  ])('counts %s', (_label, from, to, minutes) => {
    expect(workingMinutesBetween(at(from), at(to), calendar)).toBe(minutes)
  })

  it('answers 0 when the end is not after the start', () => {
    expect(workingMinutesBetween(at('2026-09-28T11:00:00+08:00'), at('2026-09-28T10:00:00+08:00'), calendar)).toBe(0)
  })

  it('reads instants given in UTC on the Beijing clock', () => {
    expect(workingMinutesBetween(at('2026-09-28T02:00:00Z'), at('2026-09-28T05:31:00Z'), calendar)).toBe(121)
  })
})
