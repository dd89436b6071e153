import { beijingFields, fromBeijingFields } from './beijingTime'

/**
 * A timer trigger's schedule: WeChat's 7-field cron
 * (`second minute hour day month weekday year`), read in UTC+8.
 * Fields take `*`, `?`, numbers, `a-b`, `a,b`, `x/step`; month and weekday also take
 * names (JAN-DEC, SUN-SAT); weekday is 0-6 from Sunday (7 is Sunday too).
 * When both day and weekday are restricted, a time matches either (as in classic cron).
 */
export interface CronSchedule {
  source: string
  seconds: Set<number>
  minutes: Set<number>
  hours: Set<number>
  days: Set<number>
  months: Set<number>
  weekdays: Set<number>
  years: Set<number>
  dayRestricted: boolean
  weekdayRestricted: boolean
}

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const WEEKDAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

interface FieldSpec {
  name: string
  min: number
  max: number
  names?: string[]
  namesStart?: number
}

const FIELDS: FieldSpec[] = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES, namesStart: 1 },
  { name: 'weekday', min: 0, max: 7, names: WEEKDAY_NAMES, namesStart: 0 },
  { name: 'year', min: 1970, max: 2099 },
]

function parseValue(text: string, spec: FieldSpec): number {
  const upper = text.toUpperCase()
  const named = spec.names?.indexOf(upper) ?? -1
  if (named >= 0) return named + (spec.namesStart ?? 0)
  if (!/^\d+$/.test(text)) throw new Error(`cron ${spec.name}: "${text}" is not a number`)
  const value = Number(text)
  if (value < spec.min || value > spec.max) throw new Error(`cron ${spec.name}: ${value} is out of ${spec.min}-${spec.max}`)
  return value
}

function parseField(text: string, spec: FieldSpec): { values: Set<number>; restricted: boolean } {
  const values = new Set<number>()
  const restricted = !(text === '*' || text === '?')
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/')
    const step = stepText === undefined ? 1 : Number(stepText)
    if (!Number.isInteger(step) || step < 1) throw new Error(`cron ${spec.name}: bad step in "${part}"`)
    let from: number
    let to: number
    if (range === '*' || range === '?') {
      from = spec.min
      to = spec.max
    } else if (range.includes('-')) {
      const [a, b] = range.split('-')
      from = parseValue(a, spec)
      to = parseValue(b, spec)
      if (to < from) throw new Error(`cron ${spec.name}: empty range "${range}"`)
    } else {
      from = parseValue(range, spec)
      to = stepText === undefined ? from : spec.max
    }
    for (let v = from; v <= to; v += step) values.add(spec.name === 'weekday' && v === 7 ? 0 : v)
  }
  return { values, restricted }
}

/** Parses a 7-field cron expression; throws with the reason when it is malformed. */
export function parseCron(source: string): CronSchedule {
  const parts = source.trim().split(/\s+/)
  if (parts.length !== 7) throw new Error(`cron "${source}" must have 7 fields (second minute hour day month weekday year)`)
  const [seconds, minutes, hours, days, months, weekdays, years] = parts.map((p, i) => parseField(p, FIELDS[i]))
  return {
    source,
    seconds: seconds.values,
    minutes: minutes.values,
    hours: hours.values,
    days: days.values,
    months: months.values,
    weekdays: weekdays.values,
    years: years.values,
    dayRestricted: days.restricted,
    weekdayRestricted: weekdays.restricted,
  }
}

function dayMatches(s: CronSchedule, day: number, weekday: number): boolean {
  if (s.dayRestricted && s.weekdayRestricted) return s.days.has(day) || s.weekdays.has(weekday)
  return s.days.has(day) && s.weekdays.has(weekday)
}

/** The first fire time strictly after `afterMs` (epoch ms, whole seconds), or null when none is left. */
export function nextFireTime(s: CronSchedule, afterMs: number): number | null {
  let t = Math.floor(afterMs / 1000) * 1000 + 1000
  const lastYear = Math.max(...s.years)
  for (let guard = 0; guard < 500_000; guard++) {
    const f = beijingFields(t)
    if (f.year > lastYear) return null
    if (!s.years.has(f.year)) t = fromBeijingFields(f.year + 1, 1, 1)
    else if (!s.months.has(f.month)) t = fromBeijingFields(f.year, f.month + 1, 1)
    else if (!dayMatches(s, f.day, f.weekday)) t = fromBeijingFields(f.year, f.month, f.day + 1)
    else if (!s.hours.has(f.hour)) t = fromBeijingFields(f.year, f.month, f.day, f.hour + 1)
    else if (!s.minutes.has(f.minute)) t = fromBeijingFields(f.year, f.month, f.day, f.hour, f.minute + 1)
    else if (!s.seconds.has(f.second)) t += 1000
    else return t
  }
  return null
}

/**
 * The last fire time in `(fromMs, toMs]`, or null when none falls inside. Used when the
 * clock jumps: a trigger fires once for the jump, at its latest due time.
 */
export function lastFireTimeWithin(s: CronSchedule, fromMs: number, toMs: number): number | null {
  let last: number | null = null
  let t = nextFireTime(s, fromMs)
  for (let n = 0; t !== null && t <= toMs && n < 100_000; n++) {
    last = t
    t = nextFireTime(s, t)
  }
  return last
}
