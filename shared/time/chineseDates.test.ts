import { chineseDate, chineseDateTime } from './chineseDates'

describe('dates as people read them (R8)', () => {
  it('writes a civil date without leading zeros', () => {
    expect(chineseDate('2026-10-02')).toBe('2026年10月2日')
  })

  it('writes an instant in Beijing time, 24-hour, whatever the process zone', () => {
    expect(chineseDateTime('2026-10-02T06:30:00Z')).toBe('2026年10月2日 14:30')
    expect(chineseDateTime('2026-12-31T16:05:00Z')).toBe('2027年1月1日 00:05')
  })
})
