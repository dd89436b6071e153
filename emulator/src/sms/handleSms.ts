import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { toBeijingIso } from '../clock/beijingTime'
import type { Clock } from '../clock/clock'
import type { DevStore } from '../devstore/devStore'
import { readBody, sendJson } from '../gateway/http'
import { checkApiSignature, type SecretKeyPair } from '../gateway/tc3Signature'
import { MAX_CONTENT_LENGTH, renderSms, variableCount, type SmsAccount } from './smsAccount'
import type { SmsFaultSwitch } from './smsFaults'
import { limitCode, lookBackFrom, type SmsLimits } from './smsLimits'

/** What the SMS stand-in needs: one per running emulator. */
export interface SmsService {
  account: SmsAccount
  /** the key pair `SendSms` must be signed with (the functions get it as SMS_SECRET_ID / SMS_SECRET_KEY) */
  credentials: SecretKeyPair
  limits: SmsLimits
  faults: SmsFaultSwitch
  devStore: DevStore
  clock: Clock
}

export const SMS_VERSION = '2021-01-11'

/** At most this many numbers in one request (LimitExceeded.PhoneNumberCountLimit). */
export const MAX_PHONE_NUMBERS = 200

/** A mainland mobile number as Tencent takes it: E.164 `+86…`, or `0086`, `86` or no prefix before the 11 digits. */
const MAINLAND = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/

class TencentError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

const PER_NUMBER_MESSAGES: Record<string, string> = {
  Ok: 'send success',
  'InvalidParameterValue.IncorrectPhoneNumber': 'incorrect phone number',
  'LimitExceeded.PhoneNumberThirtySecondLimit': 'the same content was sent to this number within 30 seconds',
  'LimitExceeded.PhoneNumberOneHourLimit': 'the number of messages sent to this number within one hour exceeds the limit',
  'LimitExceeded.PhoneNumberDailyLimit': 'the number of messages sent to this number on one calendar day exceeds the limit',
}

/** The fee Tencent counts: 70 characters make one message, a longer one is sent in parts of 67. */
const feeOf = (text: string) => (text.length <= 70 ? 1 : Math.ceil(text.length / 67))

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function stringList(value: unknown, name: string): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new TencentError('InvalidParameter', `${name} must be an array of strings.`)
  return value as string[]
}

/**
 * `SendSms` (version 2021-01-11) as Tencent Cloud SMS answers it (emulator/README.md,
 * "SMS"): the TC3-HMAC-SHA256 signature for service `sms` against the emulator's key pair,
 * the action and version headers, the account's SdkAppId, sign and approved template,
 * the parameters against the template's variables, then each number: E.164 mainland mobile,
 * and the frequency limits. A request-level problem is `Response.Error { Code, Message }`;
 * each number's own result is in `SendStatusSet`. Delivered messages (and refused ones,
 * with their code) are kept for `GET /__dev/sms`.
 */
export async function handleSms(req: IncomingMessage, res: ServerResponse, sms: SmsService): Promise<void> {
  const requestId = randomUUID()
  const answer = (response: Record<string, unknown>) => sendJson(res, 200, { Response: { ...response, RequestId: requestId } })
  const body = await readBody(req)
  try {
    if (req.method !== 'POST') throw new TencentError('UnsupportedOperation', 'SendSms takes POST.')
    // A function signs with the emulator's clock (its `Date` is the emulator's), a script with the real one: either is now.
    const signedAt = (nowSeconds: number) => checkApiSignature({ method: req.method ?? 'POST', url: req.url ?? '/', headers: req.headers, body }, sms.credentials, 'sms', nowSeconds)
    let signature = signedAt(Date.now() / 1000)
    if (!signature.ok && signature.code === 'AuthFailure.SignatureExpire') signature = signedAt(sms.clock.nowMs() / 1000)
    if (!signature.ok) throw new TencentError(signature.code, signature.message)
    const action = header(req, 'x-tc-action')
    if (action !== 'SendSms') throw new TencentError('InvalidAction', `The action ${action ?? '(none)'} is not found; the stand-in answers SendSms only.`)
    if (header(req, 'x-tc-version') !== SMS_VERSION) throw new TencentError('NoSuchVersion', `The version must be ${SMS_VERSION}.`)
    if (!header(req, 'x-tc-region')) throw new TencentError('MissingParameter', 'The request is missing the required parameter Region.')
    const injected = sms.faults.nextSend()
    if (injected === 'network') {
      req.socket.destroy()
      return
    }
    if (injected) throw new TencentError(injected, 'fault injected: the SMS service is unavailable.')

    let params: Record<string, unknown>
    try {
      params = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>
    } catch {
      throw new TencentError('FailedOperation.FailResolvePacket', 'The request body is not JSON.')
    }
    const { account } = sms
    const appId = params.SmsSdkAppId
    if (typeof appId !== 'string' || appId === '') throw new TencentError('MissingParameter', 'The request is missing the required parameter SmsSdkAppId.')
    if (appId !== account.sdkAppId) throw new TencentError('InvalidParameterValue.SdkAppIdNotExist', `SdkAppId ${appId} does not exist.`)
    const signName = params.SignName
    if (typeof signName !== 'string' || !account.signNames.includes(signName)) {
      throw new TencentError('FailedOperation.SignatureIncorrectOrUnapproved', `The sign ${String(signName ?? '')} is not approved for this application.`)
    }
    const templateId = params.TemplateId
    const template = typeof templateId === 'string' ? account.templates[templateId] : undefined
    if (!template) throw new TencentError('FailedOperation.TemplateIncorrectOrUnapproved', `The template ${String(templateId ?? '')} is not approved.`)
    const values = stringList(params.TemplateParamSet, 'TemplateParamSet')
    if (values.length !== variableCount(template.text)) {
      throw new TencentError(
        'FailedOperation.TemplateParamSetNotMatchApprovedTemplate',
        `The template has ${variableCount(template.text)} variables; ${values.length} parameters were given.`,
      )
    }
    if (values.some((v) => v.trim() === '')) throw new TencentError('InvalidParameterValue.TemplateParameterFormatError', 'A template parameter is empty.')
    const max = account.variableMaxLength
    if (max !== null && values.some((v) => [...v].length > max)) {
      throw new TencentError('InvalidParameterValue.TemplateParameterLengthLimit', `A template parameter is longer than ${max} characters.`)
    }
    const text = renderSms(signName, template.text, values)
    if ([...text].length > MAX_CONTENT_LENGTH) throw new TencentError('InvalidParameterValue.ContentLengthLimit', `The message is longer than ${MAX_CONTENT_LENGTH} characters.`)
    const phones = stringList(params.PhoneNumberSet, 'PhoneNumberSet')
    if (phones.length === 0) throw new TencentError('MissingParameter', 'The request is missing the required parameter PhoneNumberSet.')
    if (phones.length > MAX_PHONE_NUMBERS) throw new TencentError('LimitExceeded.PhoneNumberCountLimit', `At most ${MAX_PHONE_NUMBERS} numbers per request.`)

    const nowMs = sms.clock.nowMs()
    const sessionContext = typeof params.SessionContext === 'string' ? params.SessionContext : ''
    const SendStatusSet = phones.map((given) => {
      const mobile = MAINLAND.exec(given.trim())?.[1]
      const phoneNumber = mobile ? `+86${mobile}` : given
      const code = mobile ? (limitCode(sms.devStore.smsDeliveredTo(phoneNumber, lookBackFrom(nowMs)), text, nowMs, sms.limits) ?? 'Ok') : 'InvalidParameterValue.IncorrectPhoneNumber'
      const entry = sms.devStore.appendSms({ at: toBeijingIso(nowMs), atMs: nowMs, phoneNumber, sdkAppId: appId, signName, templateId: templateId as string, params: values, text, code })
      return {
        SerialNo: code === 'Ok' ? `emulator:${entry.id}` : '',
        PhoneNumber: phoneNumber,
        Fee: code === 'Ok' ? feeOf(text) : 0,
        SessionContext: sessionContext,
        Code: code,
        Message: PER_NUMBER_MESSAGES[code] ?? code,
        IsoCode: mobile ? 'CN' : '',
      }
    })
    answer({ SendStatusSet })
  } catch (error) {
    if (!(error instanceof TencentError)) throw error
    answer({ Error: { Code: error.code, Message: error.message } })
  }
}
