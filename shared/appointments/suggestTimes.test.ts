import fc from 'fast-check'
import { DEFAULT_SETTINGS } from '../settings'
import { suggestTimes } from './suggestTimes'
import { at } from './testing/makeAppointment'

const serviceHours = DEFAULT_SETTINGS.walkInHours
const base = { date: '2026-10-02', serviceHours, confirmed: [] }

describe('suggestTimes (R12)', () => {
  it('R12 offers distinct back-to-back times through both spans of the day', () => {
    expect(suggestTimes({ ...base, estimatedMinutes: 60 })).toEqual(['08:30', '09:30', '10:30', '13:30', '14:30', '15:30'])
  })

  it('R12 works around the times already agreed with other applicants', () => {
    const confirmed = [
      { agreedTime: '09:00', plannedMinutes: 45 },
      { agreedTime: '10:30', plannedMinutes: 30 },
    ]
    expect(suggestTimes({ ...base, halfDay: 'am', estimatedMinutes: 30, confirmed })).toEqual(['08:30', '09:45', '11:00', '11:30'])
  })

  it('R12 never suggests two overlapping times, nor one overlapping an agreed appointment', () => {
    const confirmed = [{ agreedTime: '14:00', plannedMinutes: 50 }]
    const times = suggestTimes({ ...base, halfDay: 'pm', estimatedMinutes: 40, confirmed })
    expect(times).toEqual(['14:50', '15:30', '16:10'])
    const spans = [...times.map((t) => [t, 40] as const), ['14:00', 50] as const].map(([t, m]) => {
      const start = Number(t.slice(0, 2)) * 60 + Number(t.slice(3))
      return [start, start + m]
    })
    for (const [i, a] of spans.entries()) for (const b of spans.slice(i + 1)) expect(a[1] <= b[0] || b[1] <= a[0]).toBe(true)
  })

  it('starts suggestions on five-minute marks', () => {
    expect(suggestTimes({ ...base, halfDay: 'am', estimatedMinutes: 47, confirmed: [{ agreedTime: '08:30', plannedMinutes: 33 }] })).toEqual([
      '09:05',
      '09:55',
      '10:45',
    ])
  })

  it('R14 offers nothing for a visit longer than any span', () => {
    expect(suggestTimes({ ...base, estimatedMinutes: 211 })).toEqual([])
    expect(suggestTimes({ ...base, estimatedMinutes: 210 })).toEqual(['08:30', '13:30'])
  })

  it('leaves out times already past when given now', () => {
    expect(suggestTimes({ ...base, halfDay: 'am', estimatedMinutes: 60, now: at('2026-10-02 09:10') })).toEqual(['09:15', '10:15'])
    expect(suggestTimes({ ...base, estimatedMinutes: 60, now: at('2026-10-03 08:00') })).toEqual([])
    expect(suggestTimes({ ...base, halfDay: 'am', estimatedMinutes: 60, now: at('2026-10-01 20:00') })).toEqual(['08:30', '09:30', '10:30'])
  })

  it('R12 R14 every suggestion, for any agreed times, fits one span and overlaps nothing', () => {
    const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3))
    const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
    const agreed = fc.record({ agreedTime: fc.integer({ min: 8 * 60, max: 17 * 60 }).map(clock), plannedMinutes: fc.integer({ min: 5, max: 210 }) })
    fc.assert(
      fc.property(fc.array(agreed, { maxLength: 6 }), fc.integer({ min: 5, max: 210 }), (confirmed, estimatedMinutes) => {
        const times = suggestTimes({ ...base, estimatedMinutes, confirmed })
        const slots = times.map((t) => [minutes(t), minutes(t) + estimatedMinutes])
        for (const [start, end] of slots) {
          expect(serviceHours.some((s) => start >= minutes(s.start) && end <= minutes(s.end))).toBe(true)
        }
        const all = [...slots, ...confirmed.map((c) => [minutes(c.agreedTime), minutes(c.agreedTime) + c.plannedMinutes])]
        for (const [i, a] of slots.entries()) for (const [j, b] of all.entries()) if (i !== j) expect(a[1] <= b[0] || b[1] <= a[0]).toBe(true)
      }),
    )
  })
})
