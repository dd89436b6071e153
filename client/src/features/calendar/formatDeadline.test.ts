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
