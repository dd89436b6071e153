import { dayInfo, type Calendar, type CalendarSettings } from '../calendar'
import { closedKey, dutyGaps } from '../duty'
import { addDays, type CivilDate } from '../time'
import type { SupervisedClosure, SupervisedShift, SupervisedWalkIn, SupervisedWindow } from './records'
import type { SupervisionCounts } from './supervisionCounts'

/**
 * Adds the weekend duty shifts (R21) to their windows' counts: scheduled,
 * checked in, absent (the day passed without a check-in, 脱岗) and late.
 */
export function countShifts(shifts: readonly SupervisedShift[], countsOf: (windowId: string) => SupervisionCounts | undefined, today: CivilDate): void {
  for (const shift of shifts) {
    const counts = countsOf(shift.windowId)
    if (!counts) continue
    counts.shiftsScheduled++
    if (shift.checkInAt !== undefined && shift.checkInAt !== null) counts.shiftsCovered++
    else if (shift.date < today) counts.shiftsAbsent++
    if (shift.lateCheckIn === true) counts.lateCheckIns++
  }
}

/**
 * Counts, per window that must keep weekend duty, the walk-in days (R2: a
 * weekend day that is neither a holiday nor 调休上班) from `from` up to
 * `to` or today, whichever is earlier, on which a half day had nobody of the
 * window scheduled (`dutyGaps`, `nobody`; a half without a leader is the
 * duty page's concern, R22, not a gap here). **Decision:** days still to
 * come are not counted — their schedule may yet be filled (the duty page
 * shows those gaps); a day counts once however many halves are empty.
 * **Decision (R21, R23):** the deduction follows the section's decision: a
 * half-day a colleague of the department covers is staffed (the shift is the
 * covered window's), and a day the section closed for the window with its
 * reason is no gap; it is counted as `closedDays` instead, without points.
 */
export function countGaps(
  windows: readonly SupervisedWindow[],
  shifts: readonly SupervisedShift[],
  countsOf: (windowId: string) => SupervisionCounts | undefined,
  period: { from: CivilDate; to: CivilDate; today: CivilDate },
  calendar: Calendar,
  settings: CalendarSettings,
  closures: readonly SupervisedClosure[] = [],
): void {
  const last = period.to < period.today ? period.to : period.today
  const walkInDays: CivilDate[] = []
  for (let date = period.from; date <= last; date = addDays(date, 1)) {
    if (dayInfo(date, calendar, settings).service === 'walk-in') walkInDays.push(date)
  }
  const dutyWindows = windows.filter((w) => w.needsDuty).map((w) => w.id)
  const closed = new Set(closures.map((c) => closedKey(c.date, c.windowId)))
  const gapDays = new Set(
    dutyGaps(walkInDays, dutyWindows, shifts, closed)
      .filter((gap) => gap.missing === 'nobody')
      .map((gap) => `${gap.windowId}|${gap.date}`),
  )
  for (const key of gapDays) {
    const counts = countsOf(key.slice(0, key.indexOf('|')))
    if (counts) counts.gapDays++
  }
}

/** Adds the days the section closed (R21) to their windows' counts, one per window and day. */
export function countClosures(closures: readonly SupervisedClosure[], countsOf: (windowId: string) => SupervisionCounts | undefined): void {
  for (const key of new Set(closures.map((c) => closedKey(c.date, c.windowId)))) {
    const counts = countsOf(key.slice(key.indexOf('|') + 1))
    if (counts) counts.closedDays++
  }
}

/** Adds the logged walk-in services (R2, R21) to their windows' weekend volume, and those done by 帮办代办. */
export function countWalkIns(services: readonly SupervisedWalkIn[], countsOf: (windowId: string) => SupervisionCounts | undefined): void {
  for (const service of services) {
    const counts = countsOf(service.windowId)
    if (!counts) continue
    counts.walkInServed += service.count
    if (service.assisted) counts.walkInAssisted += service.count
  }
}
