import { fail, ok, type ApiResult } from '../api'
import type { TimeSpan } from '../calendar'
import { MAX_HANDLING_MINUTES } from '../items'
import { civilTimeOf } from '../time'
import { fitsServiceHours } from './clockMinutes'

/**
 * The kinds of figure staff enter that may depart from what the system
 * recorded or expects. `earlyStart`: a start of service before the start
 * recorded when staff tapped 开始办理 (or, with none recorded, before the
 * agreed time) — it credits the time bank with time the record does not
 * show (R19, R24). `outsideHours`: a time agreed with the applicant outside
 * the holiday service hours (R4). `plannedOverHalfDay` / `handledOverHalfDay`:
 * a planned or recorded duration over half a working day (R14). Each needs a
 * reason; the last three are also flagged to the section (`FLAGGED_KINDS`).
 */
export const DEVIATION_KINDS = ['earlyStart', 'outsideHours', 'plannedOverHalfDay', 'handledOverHalfDay'] as const

export type DeviationKind = (typeof DEVIATION_KINDS)[number]

/** The kinds the section is told of when they are recorded (R4, R14): a message, the inbox, the supervision report. */
export const FLAGGED_KINDS: readonly DeviationKind[] = ['outsideHours', 'plannedOverHalfDay', 'handledOverHalfDay']

/**
 * A departure found in what staff entered: what the system recorded or
 * expected, and what was entered. `earlyStart`: epoch ms of both starts;
 * `outsideHours`: `entered` the agreed start and `expected` its planned end
 * (epoch ms), `hours` the holiday service hours it lies outside; the
 * over-half-day kinds: minutes, `expected` the limit (210).
 */
export interface Departure {
  kind: DeviationKind
  expected: number
  entered: number
  hours?: readonly TimeSpan[]
}

/**
 * A departure kept on the appointment (例外说明) with the reason staff gave,
 * who gave it and when: the section sees it on the record and the
 * registration form it files (R19 备案).
 */
export interface Deviation extends Departure {
  reason: string
  by: string
  at: number
}

/**
 * How far a start may precede the recorded one before a reason is needed:
 * staff often begin, then tap 开始办理 a few minutes later.
 */
export const EARLY_START_TOLERANCE_MS = 15 * 60 * 1000

/** A start of service entered more than the tolerance before `expected`, or null. */
export function earlyStart(expected: number, entered: number): Departure | null {
  return entered < expected - EARLY_START_TOLERANCE_MS ? { kind: 'earlyStart', expected, entered } : null
}

const minutesBetween = (a: number, b: number) => Math.round(Math.abs(a - b) / 60000)

/** Service hours in words: 08:30–12:00、13:30–17:00. */
export const hoursText = (hours: readonly TimeSpan[]) => hours.map((s) => `${s.start}–${s.end}`).join('、')

/**
 * R4: an agreed start and planned end (epoch ms; `startTime` its `HH:mm`)
 * not within one span of the holiday service hours, or null.
 */
export function outsideHours(startTime: string, start: number, minutes: number, hours: readonly TimeSpan[]): Departure | null {
  return fitsServiceHours(startTime, minutes, hours) ? null : { kind: 'outsideHours', expected: start + minutes * 60000, entered: start, hours: hours.map((s) => ({ ...s })) }
}

/** R14: a planned or recorded duration over half a working day (`MAX_HANDLING_MINUTES`), or null. */
export function overHalfDay(kind: 'plannedOverHalfDay' | 'handledOverHalfDay', minutes: number): Departure | null {
  return minutes > MAX_HANDLING_MINUTES ? { kind, expected: MAX_HANDLING_MINUTES, entered: minutes } : null
}

/** Each kind in words, for the answer that asks for a reason, the section's view and the form. */
const DESCRIPTIONS: Record<DeviationKind, (d: Departure) => string> = {
  earlyStart: (d) => `开始时间${civilTimeOf(d.entered)}比系统记录的${civilTimeOf(d.expected)}早${minutesBetween(d.expected, d.entered)}分钟`,
  outsideHours: (d) => `约定时间${civilTimeOf(d.entered)}–${civilTimeOf(d.expected)}不在节假日服务时间（${hoursText(d.hours ?? [])}）内`,
  plannedOverHalfDay: (d) => `计划办理时长${d.entered}分钟，超过半个工作日（${d.expected}分钟）`,
  handledOverHalfDay: (d) => `办理时长${d.entered}分钟，超过半个工作日（${d.expected}分钟）`,
}

/**
 * A departure in Chinese, Beijing times.
 * @example describeDeviation({ kind: 'earlyStart', expected: 09:45, entered: 06:15 }) // '开始时间06:15比系统记录的09:45早210分钟'
 */
export function describeDeviation(departure: Departure): string {
  return DESCRIPTIONS[departure.kind](departure)
}

/**
 * The departures as records with the staff's reason; without a reason,
 * `REASON_REQUIRED` naming each departure on the field `reason`, so the form
 * can ask for it. No departure: nothing to record.
 */
export function withReason(departures: readonly (Departure | null)[], reason: string | undefined, by: string, at: number): ApiResult<Deviation[]> {
  const found = departures.filter((d): d is Departure => d !== null)
  if (found.length === 0) return ok([])
  if (!reason) {
    const message = `${found.map(describeDeviation).join('；')}，请填写原因`
    return fail('REASON_REQUIRED', message, { reason: message })
  }
  return ok(found.map((d) => ({ ...d, reason, by, at })))
}
