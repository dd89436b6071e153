import type { Appointment } from '@shared/appointments'
import { smsNumber } from '@shared/sms'
import type { Item } from '@shared/items'
import type { ServiceWindow, Staff } from '@shared/org'
import type { Settings } from '@shared/settings'
import { appointmentRepository } from '../appointments/appointmentRepository'
import { MAX_SEND_ATTEMPTS, outboxRepository, type Delivery, type OutboxOutcome } from './outboxRepository'
import type { Database } from '../cloud'
import { collection } from '../db'
import { grantRepository, type Grants } from './grantRepository'
import { messagePayload, type SendPayload } from './messageData'
import { recipients } from './recipients'
import { sendSmsMessage } from './sendSmsMessage'
import { NO_KEY_PAIR, type SmsSendFn } from './tencentSms'

/**
 * WeChat's answers a later attempt cannot change (docs/platform.md): no grant or
 * grant used up, invalid data, bad openid, bad template, bad page.
 */
export const FINAL_ERRORS: ReadonlySet<number> = new Set([43101, 47003, 40003, 40037, 41030])

/** WeChat's "no grant, or grant used up", also written for a recipient the app holds no grant of (not sent). */
const NO_GRANT = 43101

/** The outbox's reason for a message nobody it was for had allowed. */
export const NO_GRANT_MESSAGE = 'no grant: 用户未订阅此消息，未发送'

/** `cloud.openapi.subscribeMessage.send`, which throws an error with `errCode` on failure. */
export type SendFn = (params: SendPayload & { touser: string; miniprogramState?: string; lang?: string }) => Promise<unknown>

/** What sends SMS when the caller gives nothing (tests of subscription messages only): every SMS fails, finally, saying so. */
const noSms: SmsSendFn = async () => {
  throw { code: NO_KEY_PAIR, message: '短信发送未配置，短信未发送' }
}

/** Messages one run sends at most (the function's timeout is 20 s). */
export const RUN_LIMIT = 100

/** Sends in flight at once. */
const PARALLEL = 5

export interface SendSummary {
  sent: number
  failed: number
  retrying: number
  skipped: number
}

function errorOf(error: unknown): { errCode: number; errMsg: string } {
  const e = error as { errCode?: unknown; errcode?: unknown; errMsg?: unknown; message?: unknown } | null
  const code = Number(e?.errCode ?? e?.errcode)
  return { errCode: Number.isFinite(code) ? code : -1, errMsg: String(e?.errMsg ?? e?.message ?? error).slice(0, 500) }
}

/**
 * The outcome of one attempt over its recipients: `sent` when WeChat took it
 * for at least one (the others listed in `deliveries`), else `failed` with the
 * first error, `retryable` when an error may pass (network, system, quota)
 * and attempts remain.
 */
export function outcomeOf(deliveries: Delivery[], attempts: number, now: number): OutboxOutcome {
  if (deliveries.length === 0) return { status: 'failed', errCode: -1, errMsg: 'no recipient with an OPENID', retryable: false, deliveries }
  if (deliveries.some((d) => d.ok)) return { status: 'sent', sentAt: now, retryable: false, deliveries }
  const first = deliveries[0]
  const retryable = attempts < MAX_SEND_ATTEMPTS && deliveries.some((d) => !FINAL_ERRORS.has(d.errCode ?? -1))
  return { status: 'failed', errCode: first.errCode ?? -1, errMsg: first.errMsg ?? '', retryable, deliveries }
}

/**
 * The mobile an applicant's message falls back to when they have not allowed it in
 * WeChat (R7, R11): only for a registration made by phone or at the desk and since
 * claimed with WeChat's phone button — its caller chose the phone, and would otherwise
 * hear nothing. A mini-program booking's applicant chose WeChat, and chose not to be told.
 */
export function smsFallback(appointment: Pick<Appointment, 'channel' | 'applicant'> | null): string | null {
  if (!appointment || appointment.channel === 'mini-program') return null
  return smsNumber(appointment.applicant.phone ?? '')
}

async function parallel<T>(list: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < list.length) await run(list[next++])
  }
  await Promise.all(Array.from({ length: Math.min(limit, list.length) }, worker))
}

/**
 * One run over the outbox (docs/architecture.md, "Notifications"): each due
 * message is claimed, its recipients resolved, its data built from the
 * appointment by its kind's template setting, sent, and its outcome recorded.
 * A message to several staff is sent to each; on a retry only to those not
 * yet reached. A recipient who has not allowed the template (`booking`
 * `subscriptions.grant`: one message per accept of a one-time template,
 * every message while a long-term one is on) is not sent to: WeChat would
 * refuse it (43101); a message nobody allowed ends `skipped`. A one-time
 * grant is used by a send, and given back when WeChat never took the
 * message. Every send names `settings.miniprogramState`, so a trial version
 * under acceptance testing opens its own pages. A message with channel `sms`
 * goes to its phone through `sendSms` (`sendSmsMessage`, R11): same claims,
 * attempts and outcomes.
 * Nothing here throws for a failed send.
 */
export async function sendOutbox(
  db: Database,
  settings: Settings,
  send: SendFn,
  now: number,
  grants: Grants = grantRepository(db),
  sendSms: SmsSendFn = noSms,
): Promise<SendSummary> {
  const outbox = outboxRepository(db)
  const due = await outbox.due(now, RUN_LIMIT)
  const summary: SendSummary = { sent: 0, failed: 0, retrying: 0, skipped: 0 }
  if (due.length === 0) return summary

  const _ = db.command
  const appointmentIds = [...new Set(due.map((m) => m.appointmentId).filter((id): id is string => Boolean(id)))]
  const appointments = await appointmentRepository(db).findByIds(appointmentIds)
  const byId = new Map(appointments.map((a) => [a.id, a]))
  const itemIds = [...new Set(appointments.flatMap((a) => a.itemIds))]
  const windowIds = [...new Set(appointments.map((a) => a.leadWindowId).filter((id): id is string => Boolean(id)))]
  const needsStaff = due.some((m) => m.to !== 'applicant')
  const [items, windows, staff] = await Promise.all([
    itemIds.length ? collection<Item>(db, 'items').find({ _id: _.in(itemIds) }) : Promise.resolve([]),
    windowIds.length ? collection<ServiceWindow>(db, 'windows').find({ _id: _.in(windowIds) }) : Promise.resolve([]),
    needsStaff ? collection<Staff>(db, 'staff').find({ active: true }) : Promise.resolve([]),
  ])
  const itemMap = new Map(items.map((i) => [i.id, i]))
  const windowMap = new Map(windows.map((w) => [w.id, w]))

  await parallel(due, PARALLEL, async (message) => {
    if (!(await outbox.claim(message, now))) return
    const attempts = message.attempts + 1
    try {
      const appointment = message.appointmentId ? (byId.get(message.appointmentId) ?? null) : null
      const sources = {
        message,
        appointment,
        items: itemMap,
        window: appointment?.leadWindowId ? (windowMap.get(appointment.leadWindowId) ?? null) : null,
      }
      if (message.channel === 'sms') {
        const outcome = await sendSmsMessage(message, settings, { ...sources, seesPhone: true }, sendSms, attempts, now)
        await outbox.record(message.id, outcome)
        if (outcome.status === 'sent') summary.sent++
        else if (outcome.status === 'skipped') summary.skipped++
        else if (outcome.retryable) summary.retrying++
        else summary.failed++
        return
      }
      const setting = settings.templates[message.template]
      if (!setting) {
        await outbox.record(message.id, { status: 'skipped', errMsg: `no template set for ${message.template}`, retryable: false })
        summary.skipped++
        return
      }
      // Each recipient's message carries only what they see in the app (canSeePhone).
      const payloads = { whole: messagePayload(setting, { ...sources, seesPhone: true }), withoutPhone: messagePayload(setting, { ...sources, seesPhone: false }) }
      const reached = new Set((message.deliveries ?? []).filter((d) => d.ok).map((d) => d.touser))
      const previous = (message.deliveries ?? []).filter((d) => d.ok)
      const deliveries: Delivery[] = [...previous]
      const notAllowed: Delivery[] = []
      for (const { touser, seesPhone } of recipients(message, staff, appointment)) {
        if (reached.has(touser)) continue
        const payload = seesPhone ? payloads.whole : payloads.withoutPhone
        if (!(await grants.take(touser, payload.templateId, setting.subscription))) {
          notAllowed.push({ touser, ok: false, errCode: NO_GRANT, errMsg: NO_GRANT_MESSAGE })
          continue
        }
        try {
          await send({ touser, ...payload, miniprogramState: settings.miniprogramState, lang: 'zh_CN' })
          deliveries.push({ touser, ok: true })
        } catch (error) {
          const failure = errorOf(error)
          // A long-term grant was not used by the send. It stays on after a 43101: the user may switch
          // it back on in WeChat's settings (设置 → 订阅消息) without the app asking again.
          if (setting.subscription === 'one-time' && failure.errCode !== NO_GRANT) await grants.giveBack(touser, payload.templateId)
          deliveries.push({ touser, ok: false, ...failure })
        }
      }
      if (deliveries.length === previous.length && notAllowed.length > 0) {
        // A phone or desk registration its caller claimed (R7): without a grant they still get an SMS.
        const mobile = message.to === 'applicant' ? smsFallback(appointment) : null
        if (mobile) {
          const outcome = await sendSmsMessage({ ...message, channel: 'sms', phone: mobile }, settings, { ...sources, seesPhone: true }, sendSms, attempts, now)
          await outbox.record(message.id, { ...outcome, channel: 'sms', phone: mobile })
          if (outcome.status === 'sent') summary.sent++
          else if (outcome.status === 'skipped') summary.skipped++
          else if (outcome.retryable) summary.retrying++
          else summary.failed++
          return
        }
        await outbox.record(message.id, { status: 'skipped', errCode: NO_GRANT, errMsg: NO_GRANT_MESSAGE, retryable: false, deliveries: notAllowed })
        summary.skipped++
        return
      }
      const outcome = outcomeOf([...deliveries, ...notAllowed], attempts, now)
      await outbox.record(message.id, outcome)
      if (outcome.status === 'sent') summary.sent++
      else if (outcome.retryable) summary.retrying++
      else summary.failed++
    } catch (error) {
      // The database failed, not WeChat: leave the message for the next run.
      const { errCode, errMsg } = errorOf(error)
      await outbox
        .record(message.id, { status: 'failed', errCode, errMsg, retryable: attempts < MAX_SEND_ATTEMPTS })
        .catch(() => undefined)
      summary.retrying++
    }
  })
  return summary
}
