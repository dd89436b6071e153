import { startCloud, type Cloud } from '../support/cloud'

/**
 * The `scheduler` function on the emulator (issue 6, item 7): it sends the
 * outbox's subscription messages as WeChat checks them, records each
 * outcome, retries only where it can help, reminds the day before and alerts
 * the section of requests left undispatched (R9, R11).
 */
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const SECTION = 'oEXAMPLE_section_li'

const CONFIRM = 'ex-CONFIRM-Xq3mZ7f0VnB2kLd9sYt4uWcR8hJpA1eGo'
const REMIND = 'ex-REMIND-Lm4nB7vC2xZ9aQ1wE3rT5yU8iO6pS0dFg'
const DISPATCH = 'ex-DISPATCH-7bN2kLd9sYt4uWcR8hJpA1eGoTiN6bMvQ'

const BEFORE_DEADLINE = '2026-09-30T16:59:00+08:00'
const HOLIDAY = '2026-10-02'

jest.setTimeout(30_000)

let cloud: Cloud
let waiting: any
beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock(BEFORE_DEADLINE)
  // A request nobody dispatches, for the section's alert (R9).
  const made = await cloud.call(
    'booking',
    'appointments.request',
    { requestId: newRequestId(), itemIds: ['item-001'], date: HOLIDAY, halfDay: 'pm', applicant: { name: '王五', phone: '13900001111' } },
    newCitizen(),
  )
  expect(made.ok).toBe(true)
  waiting = made.data.appointment
}, 60_000)
afterAll(() => cloud?.close())

let seq = 0
function newRequestId() {
  return `sched-${Date.now().toString(36)}-${++seq}`
}
function newCitizen() {
  return `oTEST_sched_${++seq}`
}
const codeOf = (answer: any) => (answer.ok ? 'ok' : answer.error.code)
const stored = async (id: string) => (await cloud.dump('appointments')).find((a) => a._id === id)

async function post(path: string, body: unknown = {}) {
  const res = await fetch(`${cloud.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  expect(res.ok).toBe(true)
  return res.json()
}
/** Fires the timer trigger; every job of the run must have run. */
async function fire() {
  const fired = await post('/__dev/triggers/scheduler')
  expect(fired).toMatchObject({ ok: true, value: { ok: true, data: { ran: ['reminders', 'undispatched', 'outbox', 'timeBank', 'documents'] } } })
  expect(fired.value.data.errors).toBeUndefined()
  return fired.value.data
}
/**
 * What the app does on a tap: WeChat (here the emulator) asks the user to
 * allow the templates, then the app reports the answers (`booking`
 * `subscriptions.grant`), without which the scheduler sends nothing.
 */
async function grant(openid: string, tmplIds: string[]) {
  const { errMsg: _errMsg, ...answers } = await post('/__dev/subscribe', { openid, tmplIds })
  const reported = await cloud.call('booking', 'subscriptions.grant', { requestId: newRequestId(), answers }, openid)
  expect(reported.ok).toBe(true)
}
async function wechatOutbox(): Promise<any[]> {
  const res = await fetch(`${cloud.url}/__dev/outbox?limit=1000`)
  return (await res.json()).messages
}
const messagesOf = async (appointmentId: string, template?: string) =>
  (await cloud.dump('outbox')).filter((m) => m.appointmentId === appointmentId && (!template || m.template === template))

async function step(action: string, appointment: { id: string }, openid: string, payload: Record<string, unknown> = {}) {
  const current = (await stored(appointment.id)).version
  return cloud.call('counter', action, { appointmentId: appointment.id, version: current, requestId: newRequestId(), ...payload }, openid)
}

/** Requested, dispatched to win-02, assigned and confirmed at `time`, through the real functions. */
async function confirmedAt(time: string, openid: string): Promise<any> {
  const made = await cloud.call(
    'booking',
    'appointments.request',
    { requestId: newRequestId(), itemIds: ['item-001'], date: HOLIDAY, halfDay: 'am', applicant: { name: '张三', phone: '13812345678' } },
    openid,
  )
  expect(made.ok).toBe(true)
  const { id, version, referenceNo } = made.data.appointment
  expect(referenceNo).toMatch(/^2026-\d{6}$/)
  const sent = await cloud.call('section', 'appointments.dispatch', { appointmentId: id, version, requestId: newRequestId(), leadWindowId: 'win-02' }, SECTION)
  expect(codeOf(sent)).toBe('ok')
  expect(codeOf(await step('appointments.assign', { id }, LEADER, { staffId: 'staff-scjg-1' }))).toBe('ok')
  const contact = { note: '已电话告知所需材料', materialsToldInFull: true }
  expect(codeOf(await step('appointments.confirm', { id }, STAFF, { agreedTime: time, contact }))).toBe('ok')
  return { id, referenceNo }
}

describe('sending the outbox', () => {
  it('R11 sends the confirmation, with the materials and the page, to a citizen who granted it', async () => {
    const citizen = newCitizen()
    await grant(citizen, [CONFIRM])
    const appointment = await confirmedAt('09:00', citizen)
    const run = await fire()
    expect(run.outbox.sent).toBeGreaterThanOrEqual(1)
    const delivered = (await wechatOutbox()).filter((m) => m.touser === citizen && m.templateId === CONFIRM)
    expect(delivered).toHaveLength(1)
    expect(delivered[0]).toMatchObject({ errcode: 0, page: `packages/citizen/pages/appointment/index?id=${appointment.id}` })
    expect(delivered[0].data.time2.value).toBe('2026年10月2日 09:00')
    expect(delivered[0].data.character_string5.value).toBe(appointment.referenceNo)
    expect([...delivered[0].data.thing4.value].length).toBeLessThanOrEqual(20)
    const [record] = await messagesOf(appointment.id, 'confirmed')
    expect(record).toMatchObject({ status: 'sent', attempts: 1 })
  })

  it('skips a message its citizen never allowed, without asking WeChat, and does not retry it', async () => {
    const citizen = newCitizen()
    const appointment = await confirmedAt('09:30', citizen)
    await fire()
    await fire()
    const [record] = await messagesOf(appointment.id, 'confirmed')
    expect(record).toMatchObject({ status: 'skipped', errCode: 43101, attempts: 1, retryable: false })
    expect((await wechatOutbox()).filter((m) => m.touser === citizen)).toHaveLength(0)
  })

  it('leaves every message sent, failed or skipped with a reason when half the citizens allowed nothing, and no action fails', async () => {
    const citizens = [newCitizen(), newCitizen(), newCitizen(), newCitizen()]
    await grant(citizens[0], [CONFIRM])
    await grant(citizens[2], [CONFIRM])
    const appointments = []
    for (const [i, citizen] of citizens.entries()) appointments.push(await confirmedAt(['08:30', '09:15', '10:00', '10:45'][i], citizen))
    for (let i = 0; i < 4; i++) await fire()
    for (const [i, appointment] of appointments.entries()) {
      const messages = await messagesOf(appointment.id)
      expect(messages.length).toBeGreaterThan(0)
      for (const m of messages) {
        expect(['sent', 'failed', 'skipped']).toContain(m.status)
        if (m.status === 'failed') expect(m.errMsg).toEqual(expect.any(String))
        expect(m.attempts).toBeLessThanOrEqual(3)
      }
      const [confirmed] = messages.filter((m) => m.template === 'confirmed')
      expect(confirmed.status).toBe(i % 2 === 0 ? 'sent' : 'skipped')
    }
  })
})

describe('messages to staff', () => {
  it('R9 sends a dispatched appointment to each staff member of the window with an OPENID', async () => {
    await grant(LEADER, [DISPATCH])
    await grant(STAFF, [DISPATCH])
    const made = await cloud.call(
      'booking',
      'appointments.request',
      { requestId: newRequestId(), itemIds: ['item-001'], date: HOLIDAY, halfDay: 'pm', applicant: { name: '李四', phone: '13700001111' } },
      newCitizen(),
    )
    const { id, version } = made.data.appointment
    expect(codeOf(await cloud.call('section', 'appointments.dispatch', { appointmentId: id, version, requestId: newRequestId(), leadWindowId: 'win-02' }, SECTION))).toBe('ok')
    await fire()
    const [record] = await messagesOf(id, 'dispatched')
    expect(record).toMatchObject({ status: 'sent', attempts: 1 })
    expect(record.deliveries.map((d: any) => [d.touser, d.ok]).sort()).toEqual([
      [LEADER, true],
      [STAFF, true],
    ])
    const delivered = (await wechatOutbox()).filter((m) => m.templateId === DISPATCH && m.data.time3.value === '2026年10月2日 13:30~2026年10月2日 17:00' && m.errcode === 0)
    expect(delivered.map((m) => m.touser).sort()).toEqual([LEADER, STAFF])
  })
})

describe('who may run it', () => {
  it('refuses a call from a mini-program user', async () => {
    expect(codeOf(await cloud.call('scheduler', 'run', {}, newCitizen()))).toBe('FORBIDDEN')
  })
})

describe('the reminder (R11)', () => {
  it('is sent once, the day before, with what to bring', async () => {
    const citizen = newCitizen()
    await grant(citizen, [CONFIRM, REMIND])
    const appointment = await confirmedAt('11:00', citizen)
    await fire()
    expect(await messagesOf(appointment.id, 'reminder')).toHaveLength(0)
    await grant(citizen, [REMIND])
    await cloud.setClock('2026-10-01T10:00:00+08:00')
    await fire()
    await fire()
    const reminders = await messagesOf(appointment.id, 'reminder')
    expect(reminders).toEqual([expect.objectContaining({ status: 'sent', to: 'applicant', touser: citizen })])
    const delivered = (await wechatOutbox()).filter((m) => m.touser === citizen && m.templateId === REMIND)
    expect(delivered).toHaveLength(1)
    expect(delivered[0]).toMatchObject({ errcode: 0, page: `packages/citizen/pages/appointment/index?id=${appointment.id}` })
    expect(delivered[0].data.time2.value).toBe('2026年10月2日 11:00')
  })
})

describe('the undispatched alert (R9)', () => {
  it('reaches the section once when a request waits past undispatchedAlertHours working hours', async () => {
    await grant(SECTION, [DISPATCH, DISPATCH])
    await cloud.setClock('2026-10-09T11:00:00+08:00')
    await fire()
    await fire()
    const alerts = await messagesOf(waiting.id, 'undispatched')
    expect(alerts).toEqual([expect.objectContaining({ status: 'sent', to: 'section' })])
    const delivered = (await wechatOutbox()).filter((m) => m.touser === SECTION && m.templateId === DISPATCH && m.data.thing4.value.includes('未派单'))
    expect(delivered).toHaveLength(1)
    expect(delivered[0].errcode).toBe(0)
  })
})

describe('templates are settings', () => {
  it("sends with the admin's template setting, a kind replaced whole", async () => {
    const ADMIN = 'oEXAMPLE_admin_wang'
    const keywords = [
      { key: 'thing1', type: 'thing', source: 'items' },
      { key: 'time2', type: 'time', source: 'dateTime' },
      { key: 'thing3', type: 'thing', source: 'text', text: '二楼西区综合窗口' },
      { key: 'thing4', type: 'thing', source: 'materials' },
      { key: 'character_string5', type: 'character_string', source: 'reference' },
    ]
    const first = await cloud.call('admin', 'settings.get', {}, ADMIN)
    const patch = { templates: { confirmed: { templateId: CONFIRM, page: 'packages/citizen/pages/appointment/index?id={id}', keywords: [...keywords, { key: 'thing9', type: 'thing', source: 'items' }] } } }
    const saved = await cloud.call('admin', 'settings.update', { version: first.data.version, patch }, ADMIN)
    expect(saved.ok).toBe(true)
    const again = await cloud.call('admin', 'settings.update', { version: saved.data.version, patch: { templates: { confirmed: { templateId: CONFIRM, page: '', keywords } } } }, ADMIN)
    expect(again.ok).toBe(true)
    expect(again.data.settings.templates.confirmed).toEqual({ templateId: CONFIRM, subscription: 'one-time', page: '', keywords })

    await cloud.setClock(BEFORE_DEADLINE)
    const citizen = newCitizen()
    await grant(citizen, [CONFIRM])
    const appointment = await confirmedAt('11:30', citizen)
    await fire()
    const [delivered] = (await wechatOutbox()).filter((m) => m.touser === citizen && m.templateId === CONFIRM)
    expect(delivered).toMatchObject({ errcode: 0, page: null, data: { thing3: { value: '二楼西区综合窗口' }, character_string5: { value: appointment.referenceNo } } })
  })
})
