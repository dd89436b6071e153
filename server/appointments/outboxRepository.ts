import { statusName, type Appointment, type NotifyEffect } from '@shared/appointments'
import type { Database } from '../cloud'
import { collection } from '../db'

/**
 * One subscription message to send (architecture.md, "Notifications"). The
 * appointment is the record; the message is best effort. `touser` is known
 * for the applicant; for a window's staff or the section the sender resolves
 * it from the staff records when it sends. `data` holds the domain values;
 * the template's keyword mapping is a setting applied by the sender.
 */
export interface OutboxMessage {
  id: string
  template: NotifyEffect['template']
  to: NotifyEffect['to']
  touser: string | null
  windowId?: string
  staffId?: string
  appointmentId: string
  data: { date: string; time?: string; halfDay?: string; status: string }
  status: 'pending' | 'sent' | 'failed'
  attempts: number
  createdAt: number
}

/** The one place that writes the `outbox` collection. */
export function outboxRepository(db: Database) {
  const outbox = collection<OutboxMessage>(db, 'outbox')
  return {
    /**
     * Queues the messages an appointment's step asked for, one document each,
     * with ids derived from the appointment's version so a repeated write
     * cannot queue a message twice. A message to an applicant without OPENID
     * (a desk or phone registration) is not queued: the window calls them (R11).
     */
    async queue(appointment: Appointment, effects: readonly NotifyEffect[], now: number): Promise<void> {
      const messages = effects.flatMap((effect, index): OutboxMessage[] => {
        const touser = effect.to === 'applicant' ? (appointment.applicantOpenid ?? null) : null
        if (effect.to === 'applicant' && !touser) return []
        const time = appointment.agreedTime ?? appointment.preferredTime
        return [
          {
            id: `msg-${appointment.id}-v${appointment.version}-${index}`,
            template: effect.template,
            to: effect.to,
            touser,
            ...(effect.windowId ? { windowId: effect.windowId } : {}),
            ...(effect.staffId ? { staffId: effect.staffId } : {}),
            appointmentId: effect.appointmentId,
            data: {
              date: appointment.date,
              ...(time ? { time } : {}),
              ...(appointment.halfDay ? { halfDay: appointment.halfDay } : {}),
              status: statusName(appointment.status),
            },
            status: 'pending',
            attempts: 0,
            createdAt: now,
          },
        ]
      })
      await Promise.all(messages.map((message) => outbox.insert(message)))
    },
  }
}
