import { startCloud, type Cloud } from '../support/cloud'

/**
 * Subscription grants on the emulator (docs/platform.md, docs/architecture.md
 * "Notifications"): the app learns the templates to ask for from a read it
 * already makes (`catalog` `calendar.upcoming`), reports what the user
 * allowed (`booking` `subscriptions.grant`), and the scheduler sends only
 * what was allowed, one message per accept.
 */
const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const CONFIRM = 'ex-CONFIRM-Xq3mZ7f0VnB2kLd9sYt4uWcR8hJpA1eGo'
const CHANGE = 'ex-CHANGE-Pk8sW2eR5tY7uI9oL3aS6dF1gH4jK0zXcV'
const REMIND = 'ex-REMIND-Lm4nB7vC2xZ9aQ1wE3rT5yU8iO6pS0dFg'
const DISPATCH = 'ex-DISPATCH-7bN2kLd9sYt4uWcR8hJpA1eGoTiN6bMvQ'
const REVIEW = 'ex-REVIEW-Hs5tG8jK1lZ4xC7vB0nM3qW6eR9tY2uIoP'
const COMPLAINT = 'ex-COMPLAINT-Rz6vN1bM4kJ7hG2fD5sA8pO3iU9yT0eWq'
const RS_LEADER = 'oEXAMPLE_rs_leader'

let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock('2026-09-28T10:00:00+08:00')
}, 60_000)
afterAll(() => cloud?.close())

let seq = 0
const newRequestId = () => `subs-${Date.now().toString(36)}-${++seq}`
const newCitizen = () => `oTEST_subs_${++seq}`

async function post(path: string, body: unknown = {}) {
  const res = await fetch(`${cloud.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  expect(res.ok).toBe(true)
  return res.json()
}
const grantsOf = async (openid: string) => (await cloud.dump('subscriptionGrants')).filter((g) => g.openid === openid)
const wechatOutbox = async (): Promise<any[]> => (await (await fetch(`${cloud.url}/__dev/outbox?limit=1000`)).json()).messages
const fire = () => post('/__dev/triggers/scheduler')

/** Asks the user (the emulator answers as WeChat), then reports the answers as the app does. */
async function allow(openid: string, tmplIds: string[], reject: string[] = []) {
  const { errMsg: _errMsg, ...answers } = await post('/__dev/subscribe', { openid, tmplIds, reject })
  return cloud.call('booking', 'subscriptions.grant', { requestId: newRequestId(), answers }, openid)
}

describe('which templates to ask for', () => {
  it('come with calendar.upcoming, which the book and queue pages read anyway, within 2 database requests', async () => {
    const res = await fetch(`${cloud.url}/__dev/call/catalog`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': newCitizen() },
      body: JSON.stringify({ action: 'calendar.upcoming', input: {} }),
    })
    const answer = await res.json()
    expect(answer.data.subscribeTemplates).toEqual({ citizen: [CONFIRM, CHANGE, REMIND], complainant: [COMPLAINT], staff: [DISPATCH, REVIEW], section: [DISPATCH, REVIEW], longTerm: [DISPATCH, REVIEW] })
    expect(Number(res.headers.get('x-db-requests'))).toBeLessThanOrEqual(2)
  })
})

describe('subscriptions.grant', () => {
  it('counts each accepted one-time template, ignores the rejected ones, and answers what is left', async () => {
    const citizen = newCitizen()
    const first = await allow(citizen, [CONFIRM, CHANGE, REMIND], [REMIND])
    expect(first).toEqual({ ok: true, data: { remaining: { [CONFIRM]: 1, [CHANGE]: 1, [REMIND]: 0 } } })
    const second = await allow(citizen, [CONFIRM])
    expect(second.data.remaining).toEqual({ [CONFIRM]: 2 })
  })

  it('counts a repeated report (same requestId) once', async () => {
    const citizen = newCitizen()
    const input = { requestId: newRequestId(), answers: { [CONFIRM]: 'accept' } }
    await cloud.call('booking', 'subscriptions.grant', input, citizen)
    const again = await cloud.call('booking', 'subscriptions.grant', input, citizen)
    expect(again.data.remaining).toEqual({ [CONFIRM]: 1 })
    expect(await grantsOf(citizen)).toEqual([expect.objectContaining({ templateId: CONFIRM, remaining: 1 })])
  })

  it('refuses a template the settings do not name, more than 3 at once, or a malformed answer, and records nothing', async () => {
    const citizen = newCitizen()
    const unknown = await cloud.call('booking', 'subscriptions.grant', { requestId: newRequestId(), answers: { 'not-ours': 'accept' } }, citizen)
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { answers: '未知的消息模板，请刷新后重试' } } })
    const many = { [CONFIRM]: 'accept', [CHANGE]: 'accept', [REMIND]: 'accept', [DISPATCH]: 'accept' }
    const tooMany = await cloud.call('booking', 'subscriptions.grant', { requestId: newRequestId(), answers: many }, citizen)
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '每次订阅1至3个消息模板' } })
    const wrong = await cloud.call('booking', 'subscriptions.grant', { requestId: newRequestId(), answers: { [CONFIRM]: 'yes' } }, citizen)
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '订阅结果格式不正确' } })
    expect(await grantsOf(citizen)).toEqual([])
  })
})

describe('the scheduler sends only what was allowed', () => {
  it('sends a citizen one confirmation per accept, and skips the window staff member who allowed nothing', async () => {
    const citizen = newCitizen()
    await allow(citizen, [CONFIRM])
    await allow(LEADER, [DISPATCH])
    const made = await cloud.call(
      'booking',
      'appointments.request',
      { requestId: newRequestId(), itemIds: ['item-001'], date: '2026-10-02', halfDay: 'am', applicant: { name: '赵六', phone: '13600001111' } },
      citizen,
    )
    const a = made.data.appointment
    const d = await cloud.call('section', 'appointments.dispatch', { appointmentId: a.id, version: a.version, requestId: newRequestId(), leadWindowId: 'win-02' }, SECTION)
    await fire()
    const [dispatched] = (await cloud.dump('outbox')).filter((m) => m.appointmentId === a.id && m.template === 'dispatched')
    expect(dispatched.status).toBe('sent')
    expect(dispatched.deliveries.map((x: any) => [x.touser, x.ok]).sort()).toEqual([
      [LEADER, true],
      [STAFF, false],
    ])
    expect((await wechatOutbox()).filter((m) => m.touser === STAFF && m.templateId === DISPATCH)).toEqual([])

    const assigned = await cloud.call('counter', 'appointments.assign', { appointmentId: a.id, version: d.data.appointment.version, requestId: newRequestId(), staffId: 'staff-scjg-1' }, LEADER)
    const contact = { note: '已电话告知', materialsToldInFull: true }
    const v = assigned.data.appointment.version
    expect((await cloud.call('counter', 'appointments.confirm', { appointmentId: a.id, version: v, requestId: newRequestId(), agreedTime: '09:00', contact }, STAFF)).ok).toBe(true)
    await fire()
    const [confirmed] = (await cloud.dump('outbox')).filter((m) => m.appointmentId === a.id && m.template === 'confirmed')
    expect(confirmed.status).toBe('sent')
    expect((await grantsOf(citizen)).find((g) => g.templateId === CONFIRM).remaining).toBe(0)
    const [assignedMsg] = (await cloud.dump('outbox')).filter((m) => m.appointmentId === a.id && m.template === 'assigned')
    expect(assignedMsg).toMatchObject({ status: 'skipped', errCode: 43101 })
  })
})

describe('long-term templates (长期订阅) for staff and the section', () => {
  const dispatchOne = async () => {
    const made = await cloud.call(
      'booking',
      'appointments.request',
      { requestId: newRequestId(), itemIds: ['item-006'], date: '2026-10-02', halfDay: 'am', applicant: { name: '钱七', phone: '13700002222' } },
      newCitizen(),
    )
    const a = made.data.appointment
    const d = await cloud.call('section', 'appointments.dispatch', { appointmentId: a.id, version: a.version, requestId: newRequestId(), leadWindowId: 'win-04' }, SECTION)
    expect(d.ok).toBe(true)
    return a.id as string
  }

  it('one accept lets a window leader receive every dispatch: sending does not use it up', async () => {
    expect(await allow(RS_LEADER, [DISPATCH, REVIEW])).toEqual({ ok: true, data: { remaining: { [DISPATCH]: 1, [REVIEW]: 1 } } })
    const ids = [await dispatchOne(), await dispatchOne(), await dispatchOne()]
    await fire()
    const outbox = (await cloud.dump('outbox')).filter((m) => ids.includes(m.appointmentId) && m.template === 'dispatched')
    expect(outbox.map((m) => [m.status, m.deliveries.find((x: any) => x.touser === RS_LEADER)?.ok])).toEqual([
      ['sent', true],
      ['sent', true],
      ['sent', true],
    ])
    expect((await wechatOutbox()).filter((m) => m.touser === RS_LEADER && m.templateId === DISPATCH && m.errcode === 0)).toHaveLength(3)
    expect((await grantsOf(RS_LEADER)).find((g) => g.templateId === DISPATCH)).toMatchObject({ remaining: 1, longTerm: true })
  })

  it('stops when a later ask is declined', async () => {
    const off = await allow(RS_LEADER, [DISPATCH, REVIEW], [DISPATCH])
    expect(off.data.remaining).toEqual({ [DISPATCH]: 0, [REVIEW]: 1 })
    const id = await dispatchOne()
    await fire()
    const [dispatched] = (await cloud.dump('outbox')).filter((m) => m.appointmentId === id && m.template === 'dispatched')
    expect(dispatched.deliveries.find((x: any) => x.touser === RS_LEADER)).toMatchObject({ ok: false, errCode: 43101 })
  })

  it('refuses a report that mixes one-time and long-term templates, as WeChat never answers one', async () => {
    const citizen = newCitizen()
    const mixed = await cloud.call('booking', 'subscriptions.grant', { requestId: newRequestId(), answers: { [CONFIRM]: 'accept', [DISPATCH]: 'accept' } }, citizen)
    expect(mixed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { answers: '一次订阅不能同时包含一次性和长期消息，请刷新后重试' } } })
    expect(await grantsOf(citizen)).toEqual([])
  })
})

describe('template terms are settings', () => {
  it('refuses a patch that makes a long-term template one-time for another kind, and writes nothing', async () => {
    const ADMIN = 'oEXAMPLE_admin_wang'
    const before = await cloud.call('admin', 'settings.get', {}, ADMIN)
    const reminder = { ...before.data.settings.templates.reminder, templateId: DISPATCH, subscription: 'one-time' }
    const answer = await cloud.call('admin', 'settings.update', { version: before.data.version, patch: { templates: { reminder } } }, ADMIN)
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { templates: '同一消息模板不能既是一次性订阅又是长期订阅' } } })
    expect((await cloud.call('admin', 'settings.get', {}, ADMIN)).data.version).toBe(before.data.version)
  })
})
