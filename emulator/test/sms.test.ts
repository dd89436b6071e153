import { Agent } from 'node:http'
import { sms } from 'tencentcloud-sdk-nodejs-sms'

import { DEFAULT_SMS } from '../../shared/settings'
import { EXAMPLE_SMS_ACCOUNT, PERSONAL_VARIABLE_MAX_LENGTH, variableCount } from '../src/sms/smsAccount'
import { startEmulator, type TestEmulator } from './support/startEmulator'

/**
 * The stand-in for Tencent Cloud SMS (emulator/README.md, "SMS"), driven by Tencent's own
 * SDK through its endpoint setting, as the scheduler drives it: signatures, parameter
 * checks, per-number results and the default frequency limits, answered with Tencent's codes.
 */
const KEY = { secretId: 'AKIDsmsTestKey000000000000000000', secretKey: 'smsTestSecretKey0000000000000000' }
const APP = EXAMPLE_SMS_ACCOUNT.sdkAppId
const SIGN = EXAMPLE_SMS_ACCOUNT.signNames[0]
const CANCELLED = '2100003' // 您预约办理的{1}（{2}）已取消。预约号{3}。…
const ZHANG = '+8613812345678'

// sms.localhost is loopback (RFC 6761); the resolver here may not know it
const loopback = new Agent({
  lookup: (_host: string, options: { all?: boolean }, callback: (e: null, a: unknown, f?: number) => void) =>
    options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4),
} as never)

function client(emulator: TestEmulator, key = KEY) {
  const [protocol, endpoint] = emulator.sms.endpoint.split(/(?<=:\/\/)/)
  return new sms.v20210111.Client({ credential: key, region: 'ap-guangzhou', profile: { httpProfile: { protocol, endpoint, agent: loopback } as never } })
}

const request = (overrides: Record<string, unknown> = {}) => ({
  SmsSdkAppId: APP,
  SignName: SIGN,
  TemplateId: CANCELLED,
  TemplateParamSet: ['户口迁移', '2026年10月2日 09:30', '2026-000123'],
  PhoneNumberSet: [ZHANG],
  ...overrides,
})

/** The Tencent code the SDK throws for a request refused as a whole. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string }
    return code ?? `no answer: ${message}`
  }
  throw new Error('the request was not refused')
}

let emulator: TestEmulator
beforeAll(async () => {
  emulator = await startEmulator({ sms: { credentials: KEY } })
})
afterAll(() => emulator.stop())
beforeEach(async () => {
  await emulator.post('/__dev/reset')
})

const outbox = async () => (await emulator.get('/__dev/sms')).body.messages as Array<Record<string, unknown>>
const advance = (minutes: number) => emulator.post('/__dev/clock', { advanceMinutes: minutes })

describe('SendSms through the SDK', () => {
  it('delivers to a mainland mobile and lists the message on /__dev/sms, rendered from its template', async () => {
    const answer = await client(emulator).SendSms(request())
    // 74 characters: over 70, so two parts of 67 are counted
    expect(answer.SendStatusSet).toEqual([expect.objectContaining({ PhoneNumber: ZHANG, Code: 'Ok', Fee: 2, IsoCode: 'CN' })])
    expect(await outbox()).toEqual([
      expect.objectContaining({
        phoneNumber: ZHANG,
        templateId: CANCELLED,
        params: ['户口迁移', '2026年10月2日 09:30', '2026-000123'],
        text: '【沂源县政务服务中心】您预约办理的户口迁移（2026年10月2日 09:30）已取消。预约号2026-000123。如需重新预约请致电0533-3618118。',
        code: 'Ok',
      }),
    ])
  })

  it('refuses a request signed with another key, and one from an unknown SecretId', async () => {
    expect(await refusal(client(emulator, { ...KEY, secretKey: 'not-the-key' }).SendSms(request()))).toBe('AuthFailure.SignatureFailure')
    expect(await refusal(client(emulator, { ...KEY, secretId: 'AKIDsomeoneElse' }).SendSms(request()))).toBe('AuthFailure.SecretIdNotFound')
    expect(await outbox()).toEqual([])
  })

  it.each([
    ['an unknown SdkAppId', { SmsSdkAppId: '1400999999' }, 'InvalidParameterValue.SdkAppIdNotExist'],
    ['a sign not approved', { SignName: '某某公司' }, 'FailedOperation.SignatureIncorrectOrUnapproved'],
    ['a template not approved', { TemplateId: '999' }, 'FailedOperation.TemplateIncorrectOrUnapproved'],
    ['fewer parameters than the template has variables', { TemplateParamSet: ['户口迁移', '2026年10月2日'] }, 'FailedOperation.TemplateParamSetNotMatchApprovedTemplate'],
    ['more parameters than variables', { TemplateParamSet: ['a', 'b', 'c', 'd'] }, 'FailedOperation.TemplateParamSetNotMatchApprovedTemplate'],
    ['an empty parameter', { TemplateParamSet: ['户口迁移', '', '2026-000123'] }, 'InvalidParameterValue.TemplateParameterFormatError'],
    ['a message over 500 characters', { TemplateParamSet: ['户'.repeat(480), '2026年10月2日', '2026-000123'] }, 'InvalidParameterValue.ContentLengthLimit'],
    ['no number', { PhoneNumberSet: [] }, 'MissingParameter'],
    ['201 numbers', { PhoneNumberSet: Array.from({ length: 201 }, (_, i) => `+86138${String(i).padStart(8, '0')}`) }, 'LimitExceeded.PhoneNumberCountLimit'],
  ])('refuses %s with Response.Error, sending nothing', async (_case, overrides, code) => {
    expect(await refusal(client(emulator).SendSms(request(overrides)))).toBe(code)
    expect(await outbox()).toEqual([])
  })

  it('answers each number on its own: a landline and a bad number fail, the mobiles go', async () => {
    const answer = await client(emulator).SendSms(request({ PhoneNumberSet: [ZHANG, '0533-3618118', '+8612345', '8613912345678'] }))
    expect(answer.SendStatusSet?.map((s) => [s.PhoneNumber, s.Code])).toEqual([
      [ZHANG, 'Ok'],
      ['0533-3618118', 'InvalidParameterValue.IncorrectPhoneNumber'],
      ['+8612345', 'InvalidParameterValue.IncorrectPhoneNumber'],
      ['+8613912345678', 'Ok'],
    ])
  })
})

describe('frequency limits per number, as Tencent sets them by default', () => {
  const cancelled = (item: string) => request({ TemplateParamSet: [item, '2026年10月2日 09:30', '2026-000123'] })
  const codeOf = async (req: ReturnType<typeof request>) => (await client(emulator).SendSms(req)).SendStatusSet?.[0].Code

  it('sends the same content to one number once in 30 seconds, other content and other numbers meanwhile', async () => {
    expect(await codeOf(cancelled('户口迁移'))).toBe('Ok')
    expect(await codeOf(cancelled('户口迁移'))).toBe('LimitExceeded.PhoneNumberThirtySecondLimit')
    expect(await codeOf(cancelled('身份证换领'))).toBe('Ok')
    expect(await codeOf({ ...cancelled('户口迁移'), PhoneNumberSet: ['+8613912345678'] })).toBe('Ok')
    await advance(1)
    expect(await codeOf(cancelled('户口迁移'))).toBe('Ok')
  })

  it('sends at most 5 an hour and 10 a Beijing day to one number', async () => {
    await emulator.post('/__dev/clock', { now: '2026-10-02T08:00:00+08:00' })
    for (let i = 1; i <= 5; i++) expect(await codeOf(cancelled(`事项${i}`))).toBe('Ok')
    expect(await codeOf(cancelled('事项6'))).toBe('LimitExceeded.PhoneNumberOneHourLimit')
    await advance(61)
    for (let i = 6; i <= 10; i++) expect(await codeOf(cancelled(`事项${i}`))).toBe('Ok')
    await advance(61)
    expect(await codeOf(cancelled('事项11'))).toBe('LimitExceeded.PhoneNumberDailyLimit')
    await emulator.post('/__dev/clock', { now: '2026-10-03T00:01:00+08:00' })
    expect(await codeOf(cancelled('事项11'))).toBe('Ok')
    expect((await outbox()).filter((m) => m.code !== 'Ok').map((m) => m.code)).toEqual(['LimitExceeded.PhoneNumberOneHourLimit', 'LimitExceeded.PhoneNumberDailyLimit'])
  })
})

describe('an SMS outage on /__dev/faults', () => {
  it('answers InternalError.Timeout, then drops the connection, then delivers once switched off', async () => {
    const set = await emulator.post('/__dev/faults', { sms: { rate: 1, errors: ['InternalError.Timeout', 'network'] } })
    expect(set.body.sms).toEqual({ rate: 1, errors: ['InternalError.Timeout', 'network'], attempts: 0, injected: 0 })
    expect(set.body.subscribeMessage).toBeNull()
    expect(await refusal(client(emulator).SendSms(request()))).toBe('InternalError.Timeout')
    expect(await refusal(client(emulator).SendSms(request()))).toMatch(/^no answer: .*socket hang up/)
    await emulator.post('/__dev/faults', { sms: null })
    expect((await client(emulator).SendSms(request())).SendStatusSet?.[0].Code).toBe('Ok')
  })

  it('refuses faults that are not Tencent codes', async () => {
    expect((await emulator.post('/__dev/faults', { sms: { rate: 1, errors: [500] } })).status).toBe(400)
  })
})

describe('an individually verified account (个人认证)', () => {
  it('refuses a variable longer than 12 characters', async () => {
    const personal = await startEmulator({ sms: { credentials: KEY, account: { ...EXAMPLE_SMS_ACCOUNT, variableMaxLength: PERSONAL_VARIABLE_MAX_LENGTH } } })
    try {
      expect(await refusal(client(personal).SendSms(request()))).toBe('InvalidParameterValue.TemplateParameterLengthLimit')
      expect((await client(personal).SendSms(request({ TemplateParamSet: ['户口迁移', '10月2日9:30', '2026-000123'] }))).SendStatusSet?.[0].Code).toBe('Ok')
    } finally {
      await personal.stop()
    }
  })
})

describe('the example account matches the default settings (R11)', () => {
  it.each(Object.entries(DEFAULT_SMS.templates))('%s: its template is approved, with as many variables as the setting fills', (_kind, setting) => {
    const template = EXAMPLE_SMS_ACCOUNT.templates[setting!.templateId]
    expect(template).toBeDefined()
    expect(variableCount(template.text)).toBe(setting!.params.length)
  })

  it('names the default app and sign', () => {
    expect(DEFAULT_SMS.sdkAppId).toBe(EXAMPLE_SMS_ACCOUNT.sdkAppId)
    expect(EXAMPLE_SMS_ACCOUNT.signNames).toContain(DEFAULT_SMS.signName)
  })
})
