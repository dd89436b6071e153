import { countsAsServed, filingOverdue, type Appointment } from '../appointments'
import type { Calendar, CalendarSettings } from '../calendar'
import { confirmationDeadline } from './confirmationDeadline'
import type { SupervisionCounts } from './supervisionCounts'

/**
 * Adds one appointment to the counts of the windows it involves (R9, R10, R11, R12, R13, R14, R15, R16, R17, R18, R19,
 * R23); `countsOf(windowId)` answers the window's counters to increment.
 * `now` decides whether an unconfirmed part is already overdue.
 */
export function countAppointment(
  appointment: Appointment,
  countsOf: (windowId: string) => SupervisionCounts | undefined,
  calendar: Calendar,
  settings: CalendarSettings,
  now: number,
  /** The `filingDueDays` setting: a served record unfiled longer counts against its lead window (R19). */
  filingDueDays?: number,
): void {
  if (appointment.parts.length === 0) return // not dispatched yet: no window to count it against (R9)
  const deadline = confirmationDeadline(appointment, calendar, settings)
  const endedAt = appointment.cancellation?.at ?? appointment.forceMajeure?.at
  const seen = new Set<string>()
  for (const part of appointment.parts) {
    const counts = seen.has(part.windowId) ? undefined : countsOf(part.windowId)
    seen.add(part.windowId)
    if (!counts) continue
    counts.dispatched++
    if (part.confirmedAt !== undefined) {
      if (deadline === null || part.confirmedAt < deadline) counts.confirmedInTime++
      else counts.confirmedLate++
    } else if (deadline !== null && now >= deadline && !(endedAt !== undefined && endedAt < deadline)) {
      counts.unconfirmedOverdue++
    }
    if (countsAsServed(appointment.status)) counts.served++
    if (appointment.status === 'abandoned') counts.abandoned++
    if (appointment.status === 'no_show') counts.noShow++
  }
  const lead = appointment.leadWindowId ? countsOf(appointment.leadWindowId) : undefined
  if (!lead) return
  if (appointment.change?.decision === 'approved') lead.changed++
  // R17: a force majeure is the window's that reported it, also once the section moved the appointment elsewhere.
  if (appointment.status === 'force_majeure' || appointment.forceMajeure) {
    const reporting = appointment.reschedules?.[0]?.from.windowId
    const counts = reporting !== undefined && reporting !== appointment.leadWindowId ? countsOf(reporting) : lead
    if (counts) counts.forceMajeure++
  }
  if (appointment.contact?.materialsToldInFull === false) lead.materialsNotTold++
  const kinds = new Set((appointment.deviations ?? []).map((d) => d.kind))
  if (kinds.has('plannedOverHalfDay') || kinds.has('handledOverHalfDay')) lead.overHalfDay++
  if (kinds.has('outsideHours')) lead.outsideHours++
  if (filingDueDays !== undefined && countsAsServed(appointment.status) && filingOverdue(appointment, filingDueDays, now)) lead.unfiledOverdue++
}
