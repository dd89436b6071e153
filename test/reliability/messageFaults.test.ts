import { appointmentIn, BEFORE_DEADLINE, newRequestId, WHO, type Fixture } from './support/appointmentFixtures'
import { codeOf, startReliabilityCloud, type ReliabilityCloud } from './support/reliabilityCloud'

/**
 * Issue 8, message faults: with half of `subscribeMessage.send` calls failing (43101 and a
 * dropped connection, `POST /__dev/faults`), the appointment flow — request, dispatch,
 * assign, confirm, change, cancel — never fails, and after the scheduler has run a few
 * times every outbox message is `sent`, or `failed` with its reason and no retry left:
 * none stuck pending (docs/architecture.md "Notifications": the appointment is the record, the
 * message best effort).
 */
const DISPATCH = 'ex-DISPATCH-7bN2kLd9sYt4uWcR8hJpA1eGoTiN6bMvQ'
const CONFIRM = 'ex-CONFIRM-Xq3mZ7f0VnB2kLd9sYt4uWcR8hJpA1eGo'
const CHANGE = 'ex-CHANGE-Pk8sW2eR5tY7uI9oL3aS6dF1gH4jK0zXcV'
const REVIEW = 'ex-REVIEW-Hs5tG8jK1lZ4xC7vB0nM3qW6eR9tY2uIoP'
const REMIND = 'ex-REMIND-Lm4nB7vC2xZ9aQ1wE3rT5yU8iO6pS0dFg'
const FLOWS = 4

let cloud: ReliabilityCloud
beforeAll(async () => {
  cloud = await startReliabilityCloud()
  await cloud.setClock(BEFORE_DEADLINE)
})
afterAll(() => cloud?.close())

/**
 * What the app does when the user allows messages: WeChat's `requestSubscribeMessage`
 * (the emulator's grant) and `booking` `subscriptions.grant` (the server's count), here
 * `times` messages of each template, so that only injected faults make a send fail.
 */
async function allowMessages(openid: string, ids: string[], times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await cloud.post('/__dev/subscribe', { openid, tmplIds: ids })
    const answer = await cloud.call('booking', 'subscriptions.grant', { requestId: newRequestId('grant'), answers: Object.fromEntries(ids.map((id) => [id, 'accept'])) }, openid)
    expect(codeOf(answer)).toBe('ok')
  }
}

async function step(fixture: Fixture, fn: string, action: string, payload: object, openid: string): Promise<void> {
  const answer = await cloud.call(fn, action, { appointmentId: fixture.id, version: fixture.version, requestId: newRequestId('step'), ...payload }, openid)
  expect({ action, code: codeOf(answer) }).toEqual({ action, code: 'ok' })
  fixture.version = answer.data.appointment.version
}

describe('half of the subscription messages failing (43101, network)', () => {
  it('fails no action, and leaves every outbox message sent or failed with its reason after retries', async () => {
    // the window hears of each dispatch and assignment, the section of each proposed change (long-term templates);
    // the window's change and cancellation share the applicant's one-time template, allowed apart (one ask cannot mix)
    await Promise.all([WHO.leader, WHO.staff, WHO.section].map((openid) => allowMessages(openid, [DISPATCH, REVIEW], 1)))
    await Promise.all([WHO.leader, WHO.staff].map((openid) => allowMessages(openid, [CHANGE], 3 * FLOWS)))
    const set = await cloud.post('/__dev/faults', { subscribeMessage: { rate: 0.5, errors: [43101, 'network'] } })
    expect(set.subscribeMessage).toMatchObject({ rate: 0.5 })

    const flows: Fixture[] = []
    for (let i = 0; i < FLOWS; i++) {
      // request, dispatch, assign, confirm (the fixture's steps, each asserted ok)
      const fixture = await appointmentIn(cloud, 'confirmed', ['08:30', '09:00', '09:30', '10:00', '10:30', '11:00'][i])
      await allowMessages(fixture.owner, [CONFIRM, CHANGE, REMIND], 3)
      // a change (R16), approved by the section, then the applicant cancels (R15)
      await step(fixture, 'counter', 'appointments.proposeChange', { reason: '窗口设备检修', newTime: '14:00' }, WHO.staff)
      await step(fixture, 'section', 'changes.decide', { approve: true }, WHO.section)
      await step(fixture, 'booking', 'appointments.cancel', { reason: '行程有变' }, fixture.owner)
      flows.push(fixture)
    }

    const runs = []
    for (let i = 0; i < 5; i++) {
      const fired = await cloud.post('/__dev/triggers/scheduler')
      expect(fired).toMatchObject({ ok: true, value: { ok: true, data: { ran: expect.arrayContaining(['outbox']) } } })
      expect(fired.value.data.errors).toBeUndefined()
      runs.push(fired.value.data.outbox)
    }

    const ids = new Set(flows.map((f) => f.id))
    const messages = (await cloud.dump('outbox')).filter((m) => ids.has(m.appointmentId))
    // each flow queued its dispatch, assignment, confirmation, change proposal, change and cancellation messages
    expect(messages.length).toBeGreaterThanOrEqual(FLOWS * 5)
    expect(messages.filter((m) => m.status === 'skipped').map((m) => `${m._id}: ${m.errMsg}`)).toEqual([])
    const unfinished = messages.filter((m) => !(m.status === 'sent' || (m.status === 'failed' && m.retryable === false)))
    expect(unfinished.map((m) => `${m._id} ${m.status} retryable=${m.retryable}`)).toEqual([])
    for (const m of messages.filter((x) => x.status === 'failed')) {
      expect({ id: m._id, errCode: typeof m.errCode, errMsg: typeof m.errMsg }).toEqual({ id: m._id, errCode: 'number', errMsg: 'string' })
      expect(m.errMsg.length).toBeGreaterThan(0)
    }
    // the faults did bite, some sends were retried and came through, and some failed for good
    const wechat = (await cloud.get('/__dev/outbox?limit=1000')).messages
    expect(wechat.filter((m: any) => /fault injected/.test(m.errmsg)).length).toBeGreaterThan(0)
    expect(messages.filter((m) => m.status === 'sent' && m.attempts > 1).length).toBeGreaterThan(0)
    expect(messages.filter((m) => m.status === 'sent').length).toBeGreaterThan(0)
    expect(messages.filter((m) => m.status === 'failed').length).toBeGreaterThan(0)
    expect(runs.at(-1)).toMatchObject({ retrying: 0 })
  })
})
