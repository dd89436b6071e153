import { toBeijingIso } from '../src/clock/beijingTime'
import { lastFireTimeWithin, nextFireTime, parseCron } from '../src/clock/cron'

const at = (iso: string) => Date.parse(iso)
const next = (cron: string, after: string) => {
  const t = nextFireTime(parseCron(cron), at(after))
  return t === null ? null : toBeijingIso(t)
}

describe('timer trigger cron (7 fields, read in UTC+8)', () => {
  it.each([
    ['0 0 9 * * * *', '2026-09-30T08:59:00+08:00', '2026-09-30T09:00:00.000+08:00'],
    ['0 0 9 * * * *', '2026-09-30T09:00:00+08:00', '2026-10-01T09:00:00.000+08:00'],
    ['0 */5 * * * * *', '2026-09-30T10:01:30+08:00', '2026-09-30T10:05:00.000+08:00'],
    ['30 15 8-10 * * * *', '2026-09-30T10:15:30+08:00', '2026-10-01T08:15:30.000+08:00'],
    ['0 0 18 * * FRI *', '2026-09-30T00:00:00+08:00', '2026-10-02T18:00:00.000+08:00'],
    ['0 0 18 * * 0 *', '2026-09-30T00:00:00+08:00', '2026-10-04T18:00:00.000+08:00'],
    ['0 0 0 1 JAN,JUL * *', '2026-09-30T00:00:00+08:00', '2027-01-01T00:00:00.000+08:00'],
    ['0 0 12 29 2 * *', '2026-03-01T00:00:00+08:00', '2028-02-29T12:00:00.000+08:00'],
    ['0 0 9 * * * 2026', '2026-12-31T10:00:00+08:00', null],
  ])('%s after %s fires at %s', (cron, after, expected) => {
    expect(next(cron, after)).toBe(expected)
  })

  it('reads the schedule in Beijing time, whatever the host zone', () => {
    // 09:00 in Beijing is 01:00 UTC
    expect(new Date(nextFireTime(parseCron('0 0 9 * * * *'), at('2026-09-30T00:00:00Z'))!).toISOString()).toBe('2026-09-30T01:00:00.000Z')
  })

  it('fires on either day or weekday when both are given', () => {
    expect(next('0 0 9 15 * MON *', '2026-09-30T10:00:00+08:00')).toBe('2026-10-05T09:00:00.000+08:00')
  })

  it.each(['0 0 9 * * *', '61 0 9 * * * *', '0 0 9 * * XYZ *', '0 0 9 * */0 * *', '0 0 9-8 * * * *'])('rejects %s', (cron) => {
    expect(() => parseCron(cron)).toThrow()
  })

  it('finds the latest fire time inside a jump of the clock', () => {
    const s = parseCron('0 0 9 * * * *')
    expect(toBeijingIso(lastFireTimeWithin(s, at('2026-09-28T12:00:00+08:00'), at('2026-10-01T10:00:00+08:00'))!)).toBe(
      '2026-10-01T09:00:00.000+08:00',
    )
    expect(lastFireTimeWithin(s, at('2026-10-01T09:00:00+08:00'), at('2026-10-01T12:00:00+08:00'))).toBeNull()
  })
})
