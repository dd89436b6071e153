import { addDays, beijingInstant, civilDateOf, civilTimeOf, formatBeijingIso, isCivilDate, weekdayOf } from '.'

describe('Beijing time, whatever the process time zone', () => {
  it.each([
    ['2026-09-30T15:59:59Z', '2026-09-30', '23:59'],
    ['2026-09-30T16:00:00Z', '2026-10-01', '00:00'],
    ['2026-10-01T00:30:00+08:00', '2026-10-01', '00:30'],
    ['2026-12-31T23:30:00-08:00', '2027-01-01', '15:30'],
  ])('reads %s as %s %s in Beijing', (iso, date, time) => {
    expect(civilDateOf(iso)).toBe(date)
    expect(civilTimeOf(new Date(iso))).toBe(time)
  })

  it('finds the instant of a Beijing wall-clock time', () => {
    expect(beijingInstant('2026-10-01', '08:30').toISOString()).toBe('2026-10-01T00:30:00.000Z')
    expect(beijingInstant('2026-01-01').toISOString()).toBe('2025-12-31T16:00:00.000Z')
  })

  it('formats an instant with the +08:00 offset', () => {
    expect(formatBeijingIso(Date.UTC(2026, 9, 1, 9, 0))).toBe('2026-10-01T17:00:00+08:00')
  })

  it('rejects dates that do not exist', () => {
    expect(isCivilDate('2026-02-30')).toBe(false)
    expect(isCivilDate('2024-02-29')).toBe(true)
    expect(isCivilDate('2026-2-3')).toBe(false)
    expect(() => beijingInstant('2026-13-01')).toThrow(RangeError)
  })

  it('counts days and weekdays on civil dates', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(weekdayOf('2026-10-01')).toBe(4)
    expect(weekdayOf('2026-10-04')).toBe(0)
  })
})
