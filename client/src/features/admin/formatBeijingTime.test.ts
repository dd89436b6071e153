import { formatBeijingTime } from './formatBeijingTime'

describe('Beijing wall time', () => {
  it('adds eight hours to UTC, whatever the machine time zone', () => {
    expect(formatBeijingTime(Date.UTC(2026, 10, 30, 6, 5))).toBe('2026年11月30日 14:05')
  })

  it('rolls into the next day after 16:00 UTC', () => {
    expect(formatBeijingTime(Date.UTC(2026, 11, 31, 16, 30))).toBe('2027年1月1日 00:30')
  })
})
