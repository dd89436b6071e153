import fc from 'fast-check'
import { addDays, weekdayOf } from '../time'
import { buildCalendar, dayInfo, SHIPPED_YEARS } from '.'

const calendar = buildCalendar(SHIPPED_YEARS)

/** Every date of the known years 2022–2026. */
const knownDate = fc.integer({ min: 0, max: 1825 }).map((n) => addDays('2022-01-01', n))
const isWeekend = (date: string) => [0, 6].includes(weekdayOf(date))
/** Runs over all 1826 dates (the examples), then some again at random. */
const everyDate = { numRuns: 100, examples: Array.from({ length: 1826 }, (_, n) => [addDays('2022-01-01', n)] as [string]) }

describe('properties of every date of the known years (R2, R3, R4, R5)', () => {
  it('gives each date exactly one kind, and a service that follows from it', () => {
    const serviceOf = { workday: 'normal', makeup: 'normal', weekend: 'walk-in', holiday: 'appointment', unknown: 'unknown' }
    fc.assert(
      fc.property(knownDate, (date) => {
        const info = dayInfo(date, calendar)
        expect(info.date).toBe(date)
        expect(Object.keys(serviceOf)).toContain(info.kind)
        expect(info.service).toBe(serviceOf[info.kind])
        expect(info.holidayName !== undefined).toBe(info.kind === 'holiday')
        expect(info.hours !== undefined).toBe(info.service === 'walk-in')
      }),
      everyDate,
    )
  })

  it('never makes a make-up day a walk-in day (R5)', () => {
    fc.assert(
      fc.property(knownDate, (date) => {
        const info = dayInfo(date, calendar)
        if (info.kind === 'makeup') {
          expect(info.service).toBe('normal')
          expect(isWeekend(date)).toBe(true)
        }
      }),
      everyDate,
    )
  })

  it('makes a weekend day next to a holiday a holiday or a make-up day: joined weekends belong to the holiday (R3)', () => {
    fc.assert(
      fc.property(knownDate, (date) => {
        const info = dayInfo(date, calendar)
        const neighbours = [addDays(date, -1), addDays(date, 1)].map((d) => dayInfo(d, calendar).kind)
        if (isWeekend(date) && neighbours.includes('holiday')) expect(['holiday', 'makeup']).toContain(info.kind)
      }),
      everyDate,
    )
  })

  it('walks in exactly on weekend days that are neither make-up days nor holiday days (R2)', () => {
    fc.assert(
      fc.property(knownDate, (date) => {
        const info = dayInfo(date, calendar)
        if (info.kind === 'unknown') return
        expect(info.service === 'walk-in').toBe(isWeekend(date) && info.kind !== 'makeup' && info.kind !== 'holiday')
      }),
      everyDate,
    )
  })

  it('knows every date of 2022–2026 except the December days that wait for the 2027 notice', () => {
    fc.assert(
      fc.property(knownDate, (date) => {
        expect(dayInfo(date, calendar).kind === 'unknown').toBe(date >= '2026-12-29')
      }),
      everyDate,
    )
  })

  it('answers the same whatever the order the years are given in', () => {
    const reversed = buildCalendar([...SHIPPED_YEARS].reverse())
    fc.assert(fc.property(knownDate, (date) => expect(dayInfo(date, reversed)).toEqual(dayInfo(date, calendar))), { numRuns: 500 })
  })
})
