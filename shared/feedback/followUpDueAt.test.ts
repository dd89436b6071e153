import { buildCalendar, SHIPPED_YEARS } from '../calendar'
import { followUpDueAt, isOverdue } from './followUpDueAt'

const calendar = buildCalendar(SHIPPED_YEARS)
const at = (iso: string) => Date.parse(iso)

describe('the follow-up deadline of a bad review or a complaint (R20)', () => {
  it.each([
    ['filed on a Monday morning, over a weekend', '2026-11-16T09:00:00+08:00', 5, '2026-11-23T17:00:00+08:00'],
    ['filed on a Monday, counting the 调休 Sunday 20 September', '2026-09-14T09:00:00+08:00', 5, '2026-09-20T17:00:00+08:00'],
    ['filed late on the last working day before 国庆, which does not count', '2026-09-30T23:30:00+08:00', 5, '2026-10-13T17:00:00+08:00'],
    ['filed during 国庆, counting the 调休 Saturday 10 October', '2026-10-02T10:00:00+08:00', 3, '2026-10-10T17:00:00+08:00'],
    ['filed on a walk-in Saturday', '2026-10-17T11:00:00+08:00', 1, '2026-10-19T17:00:00+08:00'],
    ['filed before the 调休 Sunday 20 September', '2026-09-18T16:00:00+08:00', 1, '2026-09-20T17:00:00+08:00'],
  ])('is 17:00 on the right working day when %s', (_label, filed, days, due) => {
    expect(followUpDueAt(at(filed), days, calendar)).toBe(at(due))
  })

  it('reads the filing day on the Beijing clock: 16:30 UTC on 30 September is already 1 October', () => {
    expect(followUpDueAt(at('2026-09-30T16:30:00Z'), 1, calendar)).toBe(at('2026-10-08T17:00:00+08:00'))
  })

  it('counts calendar days where the calendar does not know the days ahead: never later than the true deadline', () => {
    expect(followUpDueAt(at('2026-12-28T10:00:00+08:00'), 5, calendar)).toBe(at('2027-01-02T17:00:00+08:00'))
  })
})

describe('overdue follow-ups (R20)', () => {
  const due = at('2026-10-13T17:00:00+08:00')
  it('is not overdue up to the deadline', () => expect(isOverdue(due, due, false)).toBe(false))
  it('is overdue a moment after it while still open', () => expect(isOverdue(due, due + 1, false)).toBe(true))
  it('is never overdue once resolved', () => expect(isOverdue(due, due + 86_400_000, true)).toBe(false))
})
