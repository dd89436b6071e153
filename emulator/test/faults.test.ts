import { startEmulator, type TestEmulator } from './support/startEmulator'

// cold starts of function instances take seconds on a busy machine
jest.setTimeout(20_000)

/**
 * `POST /__dev/faults` (issue 8): `subscribeMessage.send` made to fail on purpose, so the
 * project's tests can show a failed message never fails an action.
 */
const REMINDER = 'tmpl-reminder'
const templates = { [REMINDER]: { title: '预约提醒', fields: { thing1: 'thing', time2: 'time' } } }
const citizen = 'oEXAMPLE_citizen_zhang'
const message = { touser: citizen, templateId: REMINDER, data: { thing1: { value: '户口迁移' }, time2: { value: '09:30' } } }

let emulator: TestEmulator
const send = async () => (await emulator.call('notify', { message }, 'oSTAFF_sender')).body
const grant = (count: number) => emulator.post('/__dev/subscribe', { openid: citizen, tmplIds: Array(count).fill(REMINDER) })

beforeAll(async () => {
  emulator = await startEmulator({ templates: templates as never })
})
afterAll(() => emulator.stop())
beforeEach(async () => {
  await emulator.post('/__dev/reset')
})

describe('POST /__dev/faults', () => {
  it('is off by default: every granted send is delivered', async () => {
    expect((await emulator.get('/__dev/faults')).body).toEqual({ subscribeMessage: null, sms: null })
    await grant(2)
    expect((await send()).ok).toBe(true)
    expect((await send()).ok).toBe(true)
  })

  it('fails every second send at rate 0.5, taking 43101 and a dropped connection in turn, and uses no grant', async () => {
    const set = await emulator.post('/__dev/faults', { subscribeMessage: { rate: 0.5, errors: [43101, 'network'] } })
    expect(set.body).toEqual({ subscribeMessage: { rate: 0.5, errors: [43101, 'network'], attempts: 0, injected: 0 }, sms: null })
    await grant(2)
    const answers = []
    for (let i = 0; i < 4; i++) answers.push(await send())
    expect(answers[0]).toMatchObject({ ok: true })
    expect(answers[1]).toMatchObject({ ok: false, errCode: 43101 })
    expect(answers[2]).toMatchObject({ ok: true })
    // the SDK gets no answer at all: its request fails, with no WeChat errcode
    expect(answers[3].ok).toBe(false)
    expect(answers[3].errCode).not.toBe(43101)
    const outbox = (await emulator.get('/__dev/outbox')).body.messages
    expect(outbox.map((m: { errcode: number }) => m.errcode)).toEqual([0, 43101, 0, -1])
    expect(outbox[1].errmsg).toMatch(/fault injected/)
    expect(outbox[3].errmsg).toMatch(/fault injected/)
    expect((await emulator.get('/__dev/faults')).body.subscribeMessage).toMatchObject({ attempts: 4, injected: 2 })
  })

  it('fails every send at rate 1, and lets all through again once turned off', async () => {
    await emulator.post('/__dev/faults', { subscribeMessage: { rate: 1, errors: [45009] } })
    await grant(1)
    expect(await send()).toMatchObject({ ok: false, errCode: 45009 })
    expect((await emulator.post('/__dev/faults', { subscribeMessage: null })).body).toEqual({ subscribeMessage: null, sms: null })
    expect((await send()).ok).toBe(true)
  })

  it('is turned off by /__dev/reset', async () => {
    await emulator.post('/__dev/faults', { subscribeMessage: { rate: 1, errors: [-1] } })
    await emulator.post('/__dev/reset')
    expect((await emulator.get('/__dev/faults')).body).toEqual({ subscribeMessage: null, sms: null })
  })

  it.each([
    ['a rate over 1', { subscribeMessage: { rate: 2 } }],
    ['an errcode 0', { subscribeMessage: { rate: 0.5, errors: [0] } }],
    ['an unknown error name', { subscribeMessage: { rate: 0.5, errors: ['timeout'] } }],
    ['an empty error list', { subscribeMessage: { rate: 0.5, errors: [] } }],
    ['an API without faults', { database: { rate: 0.5 } }],
  ])('refuses %s with 400', async (_what, body) => {
    expect((await emulator.post('/__dev/faults', body)).status).toBe(400)
    expect((await emulator.get('/__dev/faults')).body).toEqual({ subscribeMessage: null, sms: null })
  })
})
