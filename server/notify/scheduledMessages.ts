import { statusName } from '@shared/appointments'
import { workingMinutesBetween, type Calendar } from '@shared/calendar'
import type { Settings } from '@shared/settings'
import { addDays, beijingInstant, civilDateOf } from '@shared/time'
import { appointmentRepository, type StoredAppointment } from '../appointments/appointmentRepository'
import { applicantRoute, type ApplicantRoute } from './applicantRoute'
import { outboxRepository, type OutboxMessage, type OutboxRepository } from './outboxRepository'
import type { Database } from '../cloud'

/** The reminder's outbox id: one per appointment and date, so a moved appointment is reminded of its new date. */
export const reminderId = (appointmentId: string, date: string) => `msg-${appointmentId}-reminder-${date}`

/** The undispatched alert's outbox id: one per appointment. */
export const undispatchedId = (appointmentId: string) => `msg-${appointmentId}-undispatched`

const snapshot = (a: StoredAppointment): OutboxMessage['data'] => {
  const time = a.agreedTime ?? a.preferredTime
  return { date: a.date, ...(time ? { time } : {}), ...(a.halfDay ? { halfDay: a.halfDay } : {}), status: statusName(a.status) }
}

/** Queues a message about `a` under its deterministic id, once: true when it was queued now. A route may queue it already `failed` (a landline). */
const queueOnceAbout = (outbox: OutboxRepository, a: StoredAppointment, message: Pick<OutboxMessage, 'id' | 'template' | 'to'> & ApplicantRoute, now: number) =>
  outbox.queueOnce({ appointmentId: a.id, data: snapshot(a), status: 'pending', attempts: 0, createdAt: now, ...message })

/**
 * The day before an appointment's date (Beijing time), from
 * `settings.reminderFrom`: a `reminder` to the applicant of each confirmed
 * appointment of tomorrow, queued once (deterministic id): a subscription
 * message with an OPENID, else an SMS (R11, `applicantRoute`).
 * Answers how many were queued now.
 */
export async function queueReminders(db: Database, settings: Settings, now: number): Promise<number> {
  const today = civilDateOf(now)
  if (now < beijingInstant(today, settings.reminderFrom).getTime()) return 0
  const tomorrow = addDays(today, 1)
  const due = await appointmentRepository(db).confirmedOn(tomorrow)
  const outbox = outboxRepository(db)
  let queued = 0
  for (const a of due) {
    const route = applicantRoute(a.applicantOpenid, a.applicant.phone)
    if (await queueOnceAbout(outbox, a, { id: reminderId(a.id, a.date), template: 'reminder', to: 'applicant', ...route }, now)) queued++
  }
  return queued
}

/**
 * R9: a request still `submitted` after `settings.undispatchedAlertHours`
 * working hours (as `inbox.list` counts them) → one `undispatched` message to
 * the section, queued once per appointment. Answers how many were queued now.
 */
export async function queueUndispatchedAlerts(db: Database, settings: Settings, calendar: Calendar, now: number): Promise<number> {
  const waiting = await appointmentRepository(db).waitingForDispatch()
  const alertMinutes = settings.undispatchedAlertHours * 60
  const outbox = outboxRepository(db)
  let queued = 0
  for (const a of waiting) {
    if (workingMinutesBetween(a.createdAt, now, calendar) <= alertMinutes) continue
    if (await queueOnceAbout(outbox, a, { id: undispatchedId(a.id), template: 'undispatched', to: 'section', touser: null }, now)) queued++
  }
  return queued
}
