import { dayInfo, type Calendar, type CalendarSettings, type TimeSpan } from '../calendar'
import type { Item } from '../items'
import { byWindowNumber, type ServiceWindow } from '../org'
import { addDays, type CivilDate } from '../time'
import { closedKey, type DutyClosure } from './dutyClosure'
import { DUTY_HALVES, type DutyHalf, type DutyShift } from './dutyShift'

/** How far ahead a citizen's weekend view looks for the next walk-in days: this weekend or the next. */
const LOOK_AHEAD_DAYS = 14

/** One window open on a walk-in day, with the half-days someone is on duty and its walk-in items. */
export interface WeekendWindow {
  id: string
  number: string
  name: string
  location?: string
  halves: DutyHalf[]
  items: { id: string; name: string }[]
}

/** One walk-in day as a citizen sees it (R2, R21). */
export interface WeekendDay {
  date: CivilDate
  windows: WeekendWindow[]
}

/** `catalog` `weekend.walkIn`: the nearest weekend's walk-in days and what can be handled where. */
export interface WeekendWalkInAnswer {
  today: CivilDate
  days: WeekendDay[]
  walkInHours: readonly TimeSpan[]
  /** True when the calendar does not know a day of the next two weeks: the page points to the phone line (R25). */
  unknown: boolean
}

/**
 * The walk-in days (R2) of the nearest weekend from `today` (Beijing): the
 * first walk-in day within two weeks and the next day when it is one too —
 * this weekend, or the next when this one is a holiday (R3), a make-up working
 * day (R5) or over. `unknown` when the calendar does not know a day before
 * the first walk-in day found.
 * @example weekendWalkInDays('2026-10-12', calendar, settings) // { days: ['2026-10-17', '2026-10-18'], unknown: false }
 */
export function weekendWalkInDays(today: CivilDate, calendar: Calendar, settings: CalendarSettings): { days: CivilDate[]; unknown: boolean } {
  for (let i = 0; i < LOOK_AHEAD_DAYS; i++) {
    const date = addDays(today, i)
    const info = dayInfo(date, calendar, settings)
    if (info.service === 'unknown') return { days: [], unknown: true }
    if (info.service !== 'walk-in') continue
    const next = addDays(date, 1)
    return { days: dayInfo(next, calendar, settings).service === 'walk-in' ? [date, next] : [date], unknown: false }
  }
  return { days: [], unknown: false }
}

/**
 * What a citizen can handle on each walk-in day without appointment (R2,
 * R21): the windows someone is on duty for (its own staff or a colleague
 * covering), not closed that day by the section, each with the half-days
 * staffed and the active walk-in items of its department. A window with
 * nobody on duty is left out, so nobody makes a wasted trip.
 */
export function weekendWalkInView(input: {
  days: readonly CivilDate[]
  windows: readonly ServiceWindow[]
  items: readonly Pick<Item, 'id' | 'name' | 'departmentId' | 'modes' | 'active'>[]
  shifts: readonly Pick<DutyShift, 'date' | 'half' | 'windowId'>[]
  closures: readonly Pick<DutyClosure, 'date' | 'windowId'>[]
}): WeekendDay[] {
  const closed = new Set(input.closures.map((c) => closedKey(c.date, c.windowId)))
  const walkIn = input.items.filter((i) => i.active && i.modes.includes('walk-in'))
  return input.days.map((date) => ({
    date,
    windows: [...input.windows]
      .sort(byWindowNumber)
      .filter((w) => !closed.has(closedKey(date, w.id)))
      .map((w) => ({
        id: w.id,
        number: w.number,
        name: w.name,
        ...(w.location ? { location: w.location } : {}),
        halves: DUTY_HALVES.filter((half) => input.shifts.some((s) => s.date === date && s.half === half && s.windowId === w.id)),
        items: walkIn.filter((i) => i.departmentId === w.departmentId).map((i) => ({ id: i.id, name: i.name })),
      }))
      .filter((w) => w.halves.length > 0 && w.items.length > 0),
  }))
}
