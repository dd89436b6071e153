import { statusName, type Appointment, type NotifyEffect } from '@shared/appointments'
import type { MessageKind } from '@shared/settings'
import type { Database } from '../cloud'
import { collection } from '../db'
import { applicantRoute } from './applicantRoute'

/** Attempts at sending one message, the first included, before it is left `failed` (docs/architecture.md, "Notifications"). */
export const MAX_SEND_ATTEMPTS = 3

/** A `sending` claim older than this is taken to have died with its instance (timeout) and is tried again. */
export const STALE_CLAIM_MS = 10 * 60_000

/** One recipient's outcome of the last attempt. */
export interface Delivery {
  /** the OPENID, or for an SMS the phone number (E.164) */
  touser: string
  ok: boolean
  errCode?: number
  errMsg?: string
  /** an SMS's code from Tencent Cloud (`Ok`, `LimitExceeded.PhoneNumberOneHourLimit`, …) */
  code?: string
}

/**
 * How a message reaches its recipient (R11): a subscription message in WeChat, or an
 * SMS to the applicant's mobile when they have no OPENID (a desk or phone registration,
 * a phone or 12345 complaint). Absent on records made before SMS: a subscription message.
 */
export type OutboxChannel = 'subscription' | 'sms'

/** What a message is about when it is not an appointment: a complaint (R20). */
export interface OutboxSubject {
  kind: 'complaint'
  id: string
}

/**
 * One subscription message to send (docs/architecture.md, "Notifications"). The
 * appointment is the record; the message is best effort. `touser` is known
 * for the applicant; for a window's staff or the section the sender resolves
 * it from the staff records when it sends. `data` holds the domain values;
 * the template's keyword mapping is a setting applied by the sender.
 */
export interface OutboxMessage {
  id: string
  template: MessageKind
  to: NotifyEffect['to']
  touser: string | null
  /** absent: `subscription` */
  channel?: OutboxChannel
  /** an SMS's number, E.164 (`+8613812345678`); for a number that cannot receive SMS, the number as given (the message is `failed`) */
  phone?: string
  windowId?: string
  staffId?: string
  /** the appointment the message is about; absent when it is about a `subject` */
  appointmentId?: string
  subject?: OutboxSubject
  /**
   * The values when queued: the appointment's date and time (or the complaint's answer's),
   * and for a complaint its words (`text`) and the section's answer (`note`).
   */
  data: { date: string; time?: string; halfDay?: string; status: string; text?: string; note?: string }
  /**
   * `pending` until the scheduler sends it; `sending` while one run holds it;
   * `sent` once WeChat accepted it for a recipient; `failed` with `errCode` and
   * `errMsg` (`retryable` while another attempt may help); `skipped` when no
   * template is set for its kind.
   */
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'skipped'
  attempts: number
  createdAt: number
  claimedAt?: number
  lastAttemptAt?: number
  sentAt?: number
  errCode?: number
  errMsg?: string
  retryable?: boolean
  deliveries?: Delivery[]
  /** an SMS's last code from Tencent Cloud */
  code?: string
}

/** What an attempt's outcome writes on the record. */
export type OutboxOutcome = Pick<OutboxMessage, 'status'> & Partial<Pick<OutboxMessage, 'sentAt' | 'errCode' | 'errMsg' | 'retryable' | 'deliveries' | 'code' | 'channel' | 'phone'>>

/** The one place that writes the `outbox` collection. */
export function outboxRepository(db: Database) {
  const outbox = collection<OutboxMessage>(db, 'outbox')
  return {
    /**
     * Queues the messages an appointment's step asked for, one document each,
     * with ids derived from the appointment's version so a repeated write
     * cannot queue a message twice. A message to an applicant without OPENID
     * (a desk or phone registration) goes by SMS to their mobile; a number that
     * cannot receive SMS is recorded `failed` with the reason, and the window
     * calls them as before (R11, `applicantRoute`).
     */
    async queue(appointment: Appointment, effects: readonly NotifyEffect[], now: number): Promise<void> {
      const messages = effects.flatMap((effect, index): OutboxMessage[] => {
        const route = effect.to === 'applicant' ? applicantRoute(appointment.applicantOpenid, appointment.applicant.phone) : { touser: null }
        const time = appointment.agreedTime ?? appointment.preferredTime
        return [
          {
            id: `msg-${appointment.id}-v${appointment.version}-${index}`,
            template: effect.template,
            to: effect.to,
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
            ...route,
          },
        ]
      })
      await Promise.all(messages.map((message) => outbox.insert(message)))
    },

    /**
     * Queues one message under a deterministic id (a reminder, an alert):
     * false when that id is already queued, so a repeated run queues it once.
     */
    async queueOnce(message: OutboxMessage): Promise<boolean> {
      return (await outbox.insertOnce(message)).created
    },

    /** Messages to (re)send, oldest first: pending, failed but retryable, or held by a run that died. */
    async due(now: number, limit: number): Promise<OutboxMessage[]> {
      const _ = db.command
      const [pending, retry, stale] = await Promise.all([
        outbox.find({ status: 'pending' }, { orderBy: [['createdAt', 'asc']], limit }),
        outbox.find({ status: 'failed', retryable: true, attempts: _.lt(MAX_SEND_ATTEMPTS) }, { orderBy: [['createdAt', 'asc']], limit }),
        outbox.find({ status: 'sending', claimedAt: _.lt(now - STALE_CLAIM_MS), attempts: _.lt(MAX_SEND_ATTEMPTS) }, { orderBy: [['createdAt', 'asc']], limit }),
      ])
      return [...pending, ...retry, ...stale].sort((a, b) => a.createdAt - b.createdAt).slice(0, limit)
    },

    /**
     * Takes a message for one attempt: succeeds only if nobody took or changed
     * it since it was read (same status and attempt count), so two overlapping
     * runs never send it twice. Counts the attempt.
     */
    async claim(message: OutboxMessage, now: number): Promise<boolean> {
      const updated = await outbox.updateWhere(
        { _id: message.id, status: message.status, attempts: message.attempts },
        { status: 'sending', attempts: message.attempts + 1, claimedAt: now, lastAttemptAt: now },
      )
      return updated === 1
    },

    /**
     * The latest messages that ended undelivered (`failed` for good, or `skipped`),
     * newest first, for the admin (R11, R20): two reads on the status index.
     */
    async issues(limit: number): Promise<OutboxMessage[]> {
      const [failed, skipped] = await Promise.all([
        outbox.find({ status: 'failed', retryable: false }, { orderBy: [['createdAt', 'desc']], limit }),
        outbox.find({ status: 'skipped' }, { orderBy: [['createdAt', 'desc']], limit }),
      ])
      return [...failed, ...skipped].sort((a, b) => b.createdAt - a.createdAt).slice(0, limit)
    },

    /** Writes an attempt's outcome on the message the run claimed. */
    async record(id: string, outcome: OutboxOutcome): Promise<void> {
      await outbox.updateWhere({ _id: id, status: 'sending' }, { ...outcome })
    },
  }
}

export type OutboxRepository = ReturnType<typeof outboxRepository>
