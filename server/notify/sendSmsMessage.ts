import { messageKindName } from '@shared/messages'
import type { MessageKind, Settings } from '@shared/settings'
import type { MessageSources } from './messageData'
import { MAX_SEND_ATTEMPTS, type OutboxMessage, type OutboxOutcome } from './outboxRepository'
import { smsParams } from './smsData'
import { NO_KEY_PAIR, type SmsSendFn } from './tencentSms'

/** The outbox's reason for an SMS whose kind has no template in the settings (R11). */
export const noSmsTemplate = (kind: MessageKind) => `未设置“${messageKindName(kind)}”的短信模板，短信未发送；请管理员在设置中填写短信模板编号`

/**
 * Whether another attempt may help an SMS Tencent did not send: the network (no code),
 * an outage (InternalError…), a frequency or quota limit (LimitExceeded…,
 * RequestLimitExceeded…). A bad number, sign, template or parameter, a number on the
 * do-not-disturb list, a bad key pair: final.
 */
export function smsRetryable(code: string): boolean {
  if (code === NO_KEY_PAIR) return false
  return code === '' || /^(InternalError|LimitExceeded|RequestLimitExceeded|ResourceUnavailable)(\.|$)/.test(code)
}

/**
 * One attempt at an SMS message (R11, R20; docs/architecture.md, "Notifications"):
 * its kind's template from `settings.sms` (none: `skipped` with the reason), the values
 * from the appointment or the complaint, sent with `send`; the outcome is `sent` on `Ok`,
 * else `failed` with Tencent's code, retryable while attempts remain and another attempt
 * may help. Never throws for a failed send.
 */
export async function sendSmsMessage(message: OutboxMessage, settings: Settings, sources: MessageSources, send: SmsSendFn, attempts: number, now: number): Promise<OutboxOutcome> {
  const setting = settings.sms.templates[message.template]
  if (!setting) return { status: 'skipped', errMsg: noSmsTemplate(message.template), retryable: false }
  const phoneNumber = message.phone ?? ''
  let code: string
  let text: string
  try {
    const status = await send({ sdkAppId: settings.sms.sdkAppId, signName: settings.sms.signName, templateId: setting.templateId, params: smsParams(setting, sources), phoneNumber })
    ;({ code, message: text } = status)
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown } | null
    code = typeof e?.code === 'string' ? e.code : ''
    text = String(e?.message ?? error).slice(0, 300)
  }
  if (code === 'Ok') return { status: 'sent', sentAt: now, retryable: false, code, deliveries: [{ touser: phoneNumber, ok: true, code }] }
  return {
    status: 'failed',
    errCode: -1,
    errMsg: code ? `${code}: ${text}` : `network: ${text}`,
    code,
    retryable: attempts < MAX_SEND_ATTEMPTS && smsRetryable(code),
    deliveries: [{ touser: phoneNumber, ok: false, code, errMsg: text }],
  }
}
