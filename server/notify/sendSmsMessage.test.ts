import { DEFAULT_SETTINGS, withDefaults } from '@shared/settings'
import type { Appointment } from '@shared/appointments'
import { applicantRoute, NOT_A_MOBILE } from './applicantRoute'
import type { MessageSources } from './messageData'
import type { OutboxMessage } from './outboxRepository'
import { noSmsTemplate, sendSmsMessage, smsRetryable } from './sendSmsMessage'
import type { SmsRequest, SmsSendFn } from './tencentSms'

const NOW = Date.parse('2026-09-30T10:00:00+08:00')

const message: OutboxMessage = {
  id: 'msg-a1-v4-0',
  template: 'confirmed',
  to: 'applicant',
  touser: null,
  channel: 'sms',
  phone: '+8613812345678',
  appointmentId: 'a1',
  data: { date: '2026-10-02', time: '09:30', status: '已确认' },
  status: 'sending',
  attempts: 1,
  createdAt: NOW,
}

const sources: MessageSources = {
  message,
  appointment: { id: 'a1', itemIds: ['i1', 'i2'], referenceNo: '2026-000123' } as Appointment,
  items: new Map([
    ['i1', { name: '户口迁移', materials: [{ name: '身份证' }, { name: '户口簿' }] }],
    ['i2', { name: '身份证换领', materials: [{ name: '身份证' }] }],
  ]) as MessageSources['items'],
  window: { number: 2, name: '公安窗口', location: '一楼东厅' } as MessageSources['window'],
  seesPhone: true,
}

function answering(code: string | Error): SmsSendFn & { sent: SmsRequest[] } {
  const sent: SmsRequest[] = []
  const send = async (request: SmsRequest) => {
    sent.push(request)
    if (code instanceof Error) throw code
    return { code, message: code === 'Ok' ? 'send success' : 'refused' }
  }
  return Object.assign(send, { sent })
}

describe('where an applicant’s message goes (R11, R20)', () => {
  it.each([
    ['an OPENID, whatever the phone', 'oCITIZEN', '0533-3618118', { touser: 'oCITIZEN', channel: 'subscription' }],
    ['a mobile without OPENID', null, '138 1234 5678', { touser: null, channel: 'sms', phone: '+8613812345678' }],
    ['a landline without OPENID', undefined, '0533-3618118', { touser: null, channel: 'sms', phone: '0533-3618118', status: 'failed', errMsg: NOT_A_MOBILE, retryable: false }],
  ])('%s', (_case, openid, phone, route) => {
    expect(applicantRoute(openid, phone)).toEqual(route)
  })
})

describe('one SMS attempt (R11)', () => {
  it('R11 sends the confirmation with its template, the sign, and the values as people read them', async () => {
    const send = answering('Ok')
    const outcome = await sendSmsMessage(message, DEFAULT_SETTINGS, sources, send, 1, NOW)
    expect(outcome).toEqual({ status: 'sent', sentAt: NOW, retryable: false, code: 'Ok', deliveries: [{ touser: '+8613812345678', ok: true, code: 'Ok' }] })
    expect(send.sent).toEqual([
      {
        sdkAppId: '1400000001',
        signName: '沂源县政务服务中心',
        templateId: '2100001',
        phoneNumber: '+8613812345678',
        params: ['户口迁移、身份证换领', '2026年10月2日 09:30', '一楼东厅 2号窗口', '身份证、户口簿', '2026-000123'],
      },
    ])
  })

  it('R11 names the half day when no time is agreed, and never sends an empty value', async () => {
    const send = answering('Ok')
    const halfDay = { ...message, data: { date: '2026-10-02', halfDay: 'pm', status: '待派单' } }
    await sendSmsMessage(halfDay, DEFAULT_SETTINGS, { ...sources, message: halfDay, appointment: null, window: null }, send, 1, NOW)
    expect(send.sent[0].params).toEqual(['预约事项', '2026年10月2日下午', '沂源县政务服务中心', '详见办事指南', '无'])
  })

  it('R11 skips a kind without an SMS template, saying so in Chinese, without sending', async () => {
    const send = answering('Ok')
    const settings = withDefaults({ sms: { templates: { confirmed: null } } })
    expect(await sendSmsMessage(message, settings, sources, send, 1, NOW)).toEqual({ status: 'skipped', errMsg: noSmsTemplate('confirmed'), retryable: false })
    expect(noSmsTemplate('confirmed')).toBe('未设置“预约确认”的短信模板，短信未发送；请管理员在设置中填写短信模板编号')
    expect(send.sent).toEqual([])
  })

  it.each([
    ['a frequency limit', 'LimitExceeded.PhoneNumberOneHourLimit', true],
    ['a daily limit', 'LimitExceeded.PhoneNumberDailyLimit', true],
    ['a bad number', 'InvalidParameterValue.IncorrectPhoneNumber', false],
    ['a number on the do-not-disturb list', 'FailedOperation.PhoneNumberInBlacklist', false],
  ])('R11 records %s (%s) as failed, retryable: %s', async (_case, code, retryable) => {
    const outcome = await sendSmsMessage(message, DEFAULT_SETTINGS, sources, answering(code), 1, NOW)
    expect(outcome).toMatchObject({ status: 'failed', code, retryable, deliveries: [{ touser: '+8613812345678', ok: false, code }] })
  })

  it.each([
    ['an outage', { code: 'InternalError.Timeout', message: 'timeout' }, true],
    ['the network', { code: '', message: 'socket hang up' }, true],
    ['a template not approved', { code: 'FailedOperation.TemplateIncorrectOrUnapproved', message: 'x' }, false],
    ['a wrong key pair', { code: 'AuthFailure.SignatureFailure', message: 'x' }, false],
    ['no key pair', { code: 'MissingKeyPair', message: '未配置短信密钥' }, false],
  ])('R11 records a request refused for %s as failed, retryable: %s', async (_case, thrown, retryable) => {
    const send: SmsSendFn = async () => {
      throw thrown
    }
    expect(await sendSmsMessage(message, DEFAULT_SETTINGS, sources, send, 1, NOW)).toMatchObject({ status: 'failed', code: thrown.code, retryable })
  })

  it('R11 gives up after the third attempt, whatever the error', async () => {
    expect(await sendSmsMessage(message, DEFAULT_SETTINGS, sources, answering('LimitExceeded.PhoneNumberThirtySecondLimit'), 3, NOW)).toMatchObject({ status: 'failed', retryable: false })
    expect(smsRetryable('LimitExceeded.PhoneNumberThirtySecondLimit')).toBe(true)
  })
})
