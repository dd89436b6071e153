import { agreedInstant } from './agreedInstant'

describe('agreedInstant', () => {
  it('reads the agreed date and time on a Beijing clock, whatever the process zone', () => {
    expect(agreedInstant('2026-10-02', '09:00')).toBe(Date.parse('2026-10-02T01:00:00Z'))
    expect(agreedInstant('2026-10-01', '07:30')).toBe(Date.parse('2026-09-30T23:30:00Z'))
  })
})
