import type { Appointment } from '../appointments'
import { dayInfo, isWorkingDay, type Calendar, type CalendarSettings } from '../calendar'
import { addDays, beijingInstant, civilDateOf, type CivilDate } from '../time'

/** No holiday in the notices is preceded by this many non-working days (as `bookingDeadline`). */
const MAX_DAYS_BACK = 31

/** The instant a Beijing civil date ends (24:00, i.e. 00:00 of the next day). */
function endOf(date: CivilDate): number {
  return beijingInstant(addDays(date, 1)).getTime()
}

/**
 * By when a window must have confirmed its part of an appointment to count
 * as "in time" (R11, R23 拖延). **Decision:** by the end (24:00 Beijing) of
 * the last working day — a workday or a make-up day (调休上班) — before the
 * appointment's date: R6 lets requests in until 17:00 of that day, and the
 * windows work on working days, so that evening is the last chance to call
 * the applicant before the holiday. The window is not charged for time it
 * did not have: when the section dispatched the appointment, or approved a
 * change of it (R16, after which assisting windows confirm again, R13),
 * later than that, the deadline is the end of that day.
 * Answers `null` when the calendar does not know the days before the date:
 * such a confirmation is never judged late.
 *
 * @example confirmationDeadline({ date: '2026-10-02', … }, calendar) // 2026-10-01T00:00+08:00 (end of 30 Sept) in ms
 */
export function confirmationDeadline(
  appointment: Pick<Appointment, 'date' | 'timeline' | 'change'>,
  calendar: Calendar,
  settings?: CalendarSettings,
): number | null {
  let lastWorkingDay: CivilDate | null = null
  for (let back = 1; back <= MAX_DAYS_BACK && !lastWorkingDay; back++) {
    const info = dayInfo(addDays(appointment.date, -back), calendar, settings)
    if (info.kind === 'unknown') return null
    if (isWorkingDay(info)) lastWorkingDay = info.date
  }
  if (!lastWorkingDay) return null
  const dispatchedAt = appointment.timeline.find((entry) => entry.event === 'dispatch')?.at
  const changedAt = appointment.change?.decision === 'approved' ? appointment.change.decidedAt : undefined
  const startedAt = Math.max(dispatchedAt ?? 0, changedAt ?? 0)
  return Math.max(endOf(lastWorkingDay), startedAt ? endOf(civilDateOf(startedAt)) : 0)
}
