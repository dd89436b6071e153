import { formatDeadline } from './formatDeadline'

describe('booking deadline (R6) in Beijing time', () => {
  it('says the day and the hour before which to book', () => {
    expect(formatDeadline('2026-09-30T17:00:00+08:00')).toBe('9月30日 17:00 前预约')
  })

  it('reads the instant, not the phone clock: the same moment written in UTC gives the Beijing day', () => {
    expect(formatDeadline('2026-09-30T09:00:00Z')).toBe('9月30日 17:00 前预约')
    expect(formatDeadline('2026-09-30T16:30:00Z')).toBe('10月1日 00:30 前预约')
  })
})

describe('the last booking day says 今天 and the time left (R6)', () => {
  const deadline = '2026-09-30T17:00:00+08:00'
  it.each([
    ['2026-09-30T14:45:00+08:00', '今天17:00截止，还剩2小时15分'],
    ['2026-09-30T08:00:00+08:00', '今天17:00截止，还剩9小时'],
    ['2026-09-30T16:15:00+08:00', '今天17:00截止，还剩45分钟'],
    ['2026-09-30T16:59:30+08:00', '今天17:00截止，还剩不到1分钟'],
    // 00:30 on 30 September in Beijing is still 29 September in UTC: the Beijing day decides.
    ['2026-09-29T16:30:00Z', '今天17:00截止，还剩16小时30分'],
  ])('at %s: %s', (now, expected) => {
    expect(formatDeadline(deadline, now)).toBe(expected)
  })

  it('names the day before the last day, and after the deadline', () => {
    expect(formatDeadline(deadline, '2026-09-29T17:00:00+08:00')).toBe('9月30日 17:00 前预约')
    expect(formatDeadline(deadline, '2026-09-30T17:01:00+08:00')).toBe('9月30日 17:00 前预约')
  })
})
