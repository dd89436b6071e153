import { byWindowNumber } from '../org'
import type { Appointment } from '../appointments'
import type { Calendar } from '../calendar'
import type { Settings, SupervisionPoints } from '../settings'
import { civilDateOf, type CivilDate } from '../time'
import { countAppointment } from './countAppointments'
import { countClosures, countGaps, countShifts, countWalkIns } from './countDuty'
import { countReviews } from './countReviews'
import { countFindings } from './countFindings'
import { FINDING_POINTS_KEY, type FindingLine, type SupervisionFinding } from './finding'
import { deductions, totalPoints, type Deduction } from './deductions'
import type { SupervisedClosure, SupervisedReview, SupervisedShift, SupervisedWalkIn, SupervisedWindow } from './records'
import { COUNT_KEYS, emptyCounts, type SupervisionCounts } from './supervisionCounts'

/** One window's row of the report. */
export interface WindowSupervision {
  windowId: string
  windowName: string
  windowNumber: string
  counts: SupervisionCounts
  deductions: Deduction[]
  pointsDeducted: number
}

/** The section's supervision report (窗口督查, R23) over a period. */
export interface SupervisionReport {
  from: CivilDate
  to: CivilDate
  /** When it was computed (epoch ms); "today" for the duty checks is its Beijing date. */
  generatedAt: number
  /** The points table in force (`settings.supervisionPoints`). */
  points: SupervisionPoints
  windows: WindowSupervision[]
  /** The section's own findings of the period (R23), the latest day first. */
  findings: FindingLine[]
  totals: { counts: SupervisionCounts; deductions: Deduction[]; pointsDeducted: number }
}

export interface SupervisionInput {
  from: CivilDate
  to: CivilDate
  /** Only this window, when given. */
  windowId?: string
  windows: readonly SupervisedWindow[]
  /** Appointments whose date is in the period (others are ignored). */
  appointments: readonly Appointment[]
  shifts: readonly SupervisedShift[]
  reviews: readonly SupervisedReview[]
  /** Days the section closed for a window (R21, R23); none when left out. */
  closures?: readonly SupervisedClosure[]
  /** Walk-in services logged on weekend duty (R2, R21); none when left out. */
  walkIns?: readonly SupervisedWalkIn[]
  /** The section's findings (推诿扯皮, inspections, upheld complaints; R23), by their date. */
  findings?: readonly SupervisionFinding[]
  calendar: Calendar
  settings: Settings
  now: number
}

/**
 * The supervision report (R23): per window, the appointments it was sent
 * and how it handled them, its weekend duty, its reviews, and the points
 * each finding costs under `settings.supervisionPoints`, with the
 * section's own findings (R23) counted and listed; plus the totals.
 * Records outside the period (appointments and shifts by their civil date,
 * reviews by their Beijing date) or of another window are left out. A
 * window that no longer exists but has records gets a row of its own, so
 * no finding is lost. Pure: `now` is a parameter.
 *
 * @example supervisionReport({ from: '2026-10-01', to: '2026-10-31', windows, appointments, shifts, reviews, calendar, settings, now })
 */
const nameOf = (row: WindowSupervision | undefined) => (row ? (row.windowNumber ? `${row.windowNumber}号窗口（${row.windowName}）` : row.windowName) : '')

export function supervisionReport(input: SupervisionInput): SupervisionReport {
  const { from, to, windowId, settings, calendar, now } = input
  const inPeriod = (date: CivilDate) => date >= from && date <= to
  const wanted = (id: string) => windowId === undefined || id === windowId
  const known = input.windows.filter((w) => wanted(w.id))
  const rows = new Map<string, WindowSupervision>()
  const rowOf = (window: Pick<SupervisedWindow, 'id' | 'name' | 'number'>): WindowSupervision => {
    const row = { windowId: window.id, windowName: window.name, windowNumber: window.number, counts: emptyCounts(), deductions: [], pointsDeducted: 0 }
    rows.set(window.id, row)
    return row
  }
  for (const window of [...known].sort(byWindowNumber)) rowOf(window)
  const countsOf = (id: string) => (wanted(id) ? (rows.get(id) ?? rowOf({ id, name: `未登记窗口（${id}）`, number: '' })).counts : undefined)

  const today = civilDateOf(now)
  for (const appointment of input.appointments) {
    if (inPeriod(appointment.date)) countAppointment(appointment, countsOf, calendar, settings, now, settings.filingDueDays)
  }
  const shifts = input.shifts.filter((s) => inPeriod(s.date))
  countShifts(shifts, countsOf, today)
  const closures = (input.closures ?? []).filter((c) => inPeriod(c.date))
  countGaps(known, shifts, countsOf, { from, to, today }, calendar, settings, closures)
  countClosures(closures, countsOf)
  countWalkIns(
    (input.walkIns ?? []).filter((w) => inPeriod(w.date)),
    countsOf,
  )
  countReviews(
    input.reviews.filter((r) => inPeriod(civilDateOf(r.at))),
    countsOf,
  )
  const findings = (input.findings ?? []).filter((f) => inPeriod(f.date) && wanted(f.windowId))
  countFindings(findings, countsOf)

  const windows = [...rows.values()].map((row) => {
    const lines = deductions(row.counts, settings.supervisionPoints)
    return { ...row, deductions: lines, pointsDeducted: totalPoints(lines) }
  })
  const counts = emptyCounts()
  for (const row of windows) for (const key of COUNT_KEYS) counts[key] += row.counts[key]
  const totalLines = deductions(counts, settings.supervisionPoints)
  return {
    from,
    to,
    generatedAt: now,
    points: { ...settings.supervisionPoints },
    windows,
    findings: findings
      .map((f) => ({ ...f, windowName: nameOf(rows.get(f.windowId)), points: settings.supervisionPoints[FINDING_POINTS_KEY[f.kind]] }))
      .sort((a, b) => b.date.localeCompare(a.date) || b.recordedAt - a.recordedAt),
    totals: { counts, deductions: totalLines, pointsDeducted: totalPoints(totalLines) },
  }
}
