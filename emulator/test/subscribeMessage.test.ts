import { startEmulator, type TestEmulator } from './support/startEmulator'

// cold starts of function instances take seconds on a busy machine
jest.setTimeout(20_000)

const ALL_TYPES = 'tmpl-all-types'
const REMINDER = 'tmpl-reminder'
const LONG_TERM = 'tmpl-long-term'
const templates = {
  [ALL_TYPES]: {
    title: '全类型测试',
    fields: {
      thing1: 'thing', name2: 'name', phrase3: 'phrase', character_string4: 'character_string',
      number5: 'number', phone_number6: 'phone_number', time7: 'time', date8: 'date',
    },
  },
  [REMINDER]: { title: '预约提醒', fields: { thing1: 'thing', time2: 'time' } },
  [LONG_TERM]: { title: '预约派单通知', kind: 'long-term', fields: { thing1: 'thing', time2: 'time' } },
} as const

const citizen = 'oEXAMPLE_citizen_zhang'
const validData = {
  thing1: { value: '不动产转移登记' },
  name2: { value: '张三' },
  phrase3: { value: '已确认' },
  character_string4: { value: 'YY-20261001-0007' },
  number5: { value: '3' },
  phone_number6: { value: '0533-3221234' },
  time7: { value: '2026年10月1日 09:30' },
  date8: { value: '2026-10-01' },
}
const message = (overrides: Record<string, unknown> = {}) => ({
  touser: citizen,
  templateId: ALL_TYPES,
  page: 'pages/appointment/detail?id=a1',
  data: validData,
  miniprogramState: 'developer',
  lang: 'zh_CN',
  ...overrides,
})

let emulator: TestEmulator
const send = async (msg: unknown) => (await emulator.call('notify', { message: msg }, 'oSTAFF_sender')).body
const grant = (openid: string, tmplIds: string[]) => emulator.post('/__dev/subscribe', { openid, tmplIds })

beforeAll(async () => {
  emulator = await startEmulator({ templates: templates as never, pages: ['pages/appointment/detail', 'pages/index/index'] })
})
afterAll(() => emulator.stop())
beforeEach(async () => {
  await emulator.post('/__dev/reset')
})

describe('subscribeMessage.send', () => {
  it('delivers with a grant, uses the grant up, and the next send answers 43101', async () => {
    expect((await grant(citizen, [ALL_TYPES])).body).toEqual({ errMsg: 'requestSubscribeMessage:ok', [ALL_TYPES]: 'accept' })
    expect(await send(message())).toEqual({ ok: true, res: { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' } })
    const again = await send(message())
    expect(again).toMatchObject({ ok: false, errCode: 43101 })
  })

  it('answers 43101 when the user never granted that template', async () => {
    await grant(citizen, [REMINDER])
    expect(await send(message())).toMatchObject({ ok: false, errCode: 43101 })
  })

  it('counts each accept as one message', async () => {
    await grant(citizen, [ALL_TYPES])
    await grant(citizen, [ALL_TYPES])
    expect((await send(message())).ok).toBe(true)
    expect((await send(message())).ok).toBe(true)
    expect((await send(message())).errCode).toBe(43101)
  })

  it.each([
    ['an unknown openid', 40003, { touser: 'oNOBODY_never_seen' }],
    ['a missing touser', 40003, { touser: undefined }],
    ['an unknown template', 40037, { templateId: 'tmpl-nope' }],
    ['a page the mini-program does not have', 41030, { page: 'pages/nowhere/index' }],
    ['a malformed page', 41030, { page: 'pages//detail' }],
    ['an unknown miniprogramState', 47003, { miniprogramState: 'beta' }],
  ])('answers %s with %d', async (_what, errCode, overrides) => {
    await grant(citizen, [ALL_TYPES])
    expect(await send(message(overrides))).toMatchObject({ ok: false, errCode })
  })

  it.each([
    ['thing over 20 characters', { thing1: { value: '一二三四五六七八九十一二三四五六七八九十一' } }],
    ['a name of 11 Chinese characters', { name2: { value: '一二三四五六七八九十一' } }],
    ['a name mixing letters and Chinese', { name2: { value: '张San' } }],
    ['a phrase of 6 Chinese characters', { phrase3: { value: '已确认已确认' } }],
    ['a phrase with letters', { phrase3: { value: 'ok' } }],
    ['a character_string of 33', { character_string4: { value: 'A'.repeat(33) } }],
    ['a character_string with Chinese', { character_string4: { value: '编号1' } }],
    ['a number with letters', { number5: { value: '12a' } }],
    ['a number of 33 digits', { number5: { value: '1'.repeat(33) } }],
    ['a phone_number of 18', { phone_number6: { value: '1'.repeat(18) } }],
    ['a time without a clock time', { time7: { value: '2026年10月1日' } }],
    ['a time at 25:00', { time7: { value: '25:00' } }],
    ['a date like 10/01/2026', { date8: { value: '10/01/2026' } }],
    ['a date of February 30', { date8: { value: '2026-02-30' } }],
    ['a newline', { thing1: { value: '第一行\n第二行' } }],
    ['a control character', { thing1: { value: 'a\u0007b' } }],
    ['an empty value', { thing1: { value: '' } }],
    ['a number instead of a string', { number5: { value: 3 } }],
    ['a missing keyword', { date8: undefined }],
    ['a keyword the template lacks', { thing9: { value: 'x' } }],
  ])('answers 47003 for %s, and keeps the grant', async (_what, change) => {
    await grant(citizen, [ALL_TYPES])
    const data: Record<string, unknown> = { ...validData, ...change }
    for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key]
    const answer = await send(message({ data }))
    expect(answer).toMatchObject({ ok: false, errCode: 47003 })
    expect(answer.errMsg).toContain('argument invalid!')
    expect((await send(message())).ok).toBe(true)
  })

  it.each([
    ['a time range', { time7: { value: '2026年10月1日 09:00~10:00' } }],
    ['a bare time', { time7: { value: '15:01' } }],
    ['a Chinese date', { date8: { value: '2026年10月1日' } }],
    ['a date with a time', { date8: { value: '2026-10-01 09:30' } }],
    ['a name in letters', { name2: { value: 'Zhang San' } }],
    ['a thing of exactly 20 characters', { thing1: { value: '一二三四五六七八九十一二三四五六七八九十' } }],
  ])('accepts %s', async (_what, change) => {
    await grant(citizen, [ALL_TYPES])
    expect(await send(message({ data: { ...validData, ...change } }))).toMatchObject({ ok: true })
  })

  it('answers -604101 when config.json does not list subscribeMessage.send', async () => {
    await grant(citizen, [ALL_TYPES])
    const { body } = await emulator.call('nopermission', { message: message() }, 'oSTAFF_sender')
    expect(body).toMatchObject({ ok: false, errCode: -604101 })
    const outbox = (await emulator.get('/__dev/outbox')).body.messages
    expect(outbox).toEqual([expect.objectContaining({ functionName: 'nopermission', errcode: -604101 })])
    expect((await send(message())).ok).toBe(true)
  })

  it('keeps every send in the outbox with its verdict', async () => {
    await grant(citizen, [ALL_TYPES])
    await send(message())
    await send(message())
    await send(message({ templateId: 'tmpl-nope' }))
    const { body } = await emulator.get('/__dev/outbox')
    expect(body.messages.map((m: { errcode: number }) => m.errcode)).toEqual([0, 43101, 40037])
    expect(body.messages[0]).toMatchObject({
      functionName: 'notify',
      touser: citizen,
      templateId: ALL_TYPES,
      page: 'pages/appointment/detail?id=a1',
      data: validData,
      miniprogramState: 'developer',
      lang: 'zh_CN',
      errmsg: 'ok',
      at: expect.stringMatching(/\+08:00$/),
    })
  })

  it('knows users who opened the mini-program as valid recipients', async () => {
    await emulator.call('echo', {}, 'oNEW_user_1')
    await grant('oNEW_user_1', [REMINDER])
    const answer = await send({ touser: 'oNEW_user_1', templateId: REMINDER, data: { thing1: { value: '户口迁移' }, time2: { value: '09:30' } } })
    expect(answer.ok).toBe(true)
  })
})

describe('POST /__dev/subscribe (requestSubscribeMessage)', () => {
  it('records a reject without a grant', async () => {
    const { body } = await emulator.post('/__dev/subscribe', { openid: citizen, tmplIds: [ALL_TYPES, REMINDER], reject: [REMINDER] })
    expect(body).toMatchObject({ [ALL_TYPES]: 'accept', [REMINDER]: 'reject' })
  })

  it.each([
    ['more than 3 templates', { openid: citizen, tmplIds: [ALL_TYPES, REMINDER, ALL_TYPES, REMINDER] }],
    ['an unknown template', { openid: citizen, tmplIds: ['tmpl-nope'] }],
    ['no templates', { openid: citizen, tmplIds: [] }],
    ['no openid', { tmplIds: [REMINDER] }],
  ])('refuses %s with 400', async (_what, body) => {
    expect((await emulator.post('/__dev/subscribe', body)).status).toBe(400)
  })
})

describe('long-term templates (长期订阅)', () => {
  const dispatch = (overrides: Record<string, unknown> = {}) =>
    message({ templateId: LONG_TERM, data: { thing1: { value: '个体工商户设立登记' }, time2: { value: '09:30' } }, ...overrides })

  it('delivers every message after one accept: a send does not use the grant up', async () => {
    expect((await grant(citizen, [LONG_TERM])).body).toEqual({ errMsg: 'requestSubscribeMessage:ok', [LONG_TERM]: 'accept' })
    for (let i = 0; i < 3; i++) expect((await send(dispatch())).ok).toBe(true)
  })

  it('stops when a later ask is declined, and starts again on accept', async () => {
    await grant(citizen, [LONG_TERM])
    await grant(citizen, [LONG_TERM])
    await emulator.post('/__dev/subscribe', { openid: citizen, tmplIds: [LONG_TERM], reject: [LONG_TERM] })
    expect(await send(dispatch())).toMatchObject({ ok: false, errCode: 43101 })
    await grant(citizen, [LONG_TERM])
    expect((await send(dispatch())).ok).toBe(true)
  })

  it('refuses one call that mixes one-time and long-term templates (20002), granting nothing', async () => {
    const mixed = await emulator.post('/__dev/subscribe', { openid: citizen, tmplIds: [REMINDER, LONG_TERM] })
    expect(mixed.status).toBe(400)
    expect(mixed.body).toMatchObject({ errCode: 20002 })
    expect(await send(dispatch())).toMatchObject({ ok: false, errCode: 43101 })
  })
})

describe('phonenumber.getPhoneNumber', () => {
  it('answers the phone number for a minted code, once', async () => {
    const { body: minted } = await emulator.post('/__dev/phonecode', { phoneNumber: '13912345678' })
    expect(minted).toEqual({ code: expect.any(String), expiresIn: 300 })
    const first = await emulator.call('notify', { phoneCode: minted.code }, citizen)
    expect(first.body).toMatchObject({ ok: true, res: { errCode: 0, phoneInfo: { phoneNumber: '13912345678', purePhoneNumber: '13912345678', countryCode: '86' } } })
    const second = await emulator.call('notify', { phoneCode: minted.code }, citizen)
    expect(second.body).toMatchObject({ ok: false, errCode: 40029 })
  })

  it('refuses an expired code', async () => {
    const { body: minted } = await emulator.post('/__dev/phonecode', {})
    await emulator.post('/__dev/clock', { advanceMinutes: 6 })
    const answer = await emulator.call('notify', { phoneCode: minted.code }, citizen)
    expect(answer.body).toMatchObject({ ok: false, errCode: 40029 })
  })
})
