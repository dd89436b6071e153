import { emulatorSdk } from '../support/emulatorSdk'
import { startCloud, type Cloud } from '../support/cloud'

/**
 * The `section` function on the emulator (issue 6): the section's inbox with
 * its alert on requests left undispatched (R9), dispatching to the lead and
 * assisting windows (R9, R13), deciding proposed changes (R16) and the
 * printable registration form (R8).
 */
const ZHANG = 'oEXAMPLE_citizen_zhang'
const DESK = 'oEXAMPLE_desk_zhao'
const SECTION = 'oEXAMPLE_section_li'
const SECTION_2 = 'oTEST_section_wang'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const OTHER_STAFF = 'oEXAMPLE_rs_staff'
const ADMIN = 'oEXAMPLE_admin_wang'

/** A Monday, a working day; the 国庆 holiday begins on Thursday 1 October 2026. */
const MONDAY_10 = '2026-09-28T10:00:00+08:00'

let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock(MONDAY_10)
  await db().collection('staff').add({
    data: { _id: 'staff-section-2', openid: SECTION_2, name: '王芳', roles: ['section'], departmentId: 'dept-zwb', active: true, version: 1 },
  })
}, 60_000)
afterAll(() => cloud?.close())

function db() {
  return emulatorSdk(cloud).database()
}

let seq = 0
const newRequestId = () => `sect-${Date.now().toString(36)}-${++seq}`
const codeOf = (answer: any) => (answer.ok ? 'ok' : answer.error.code)
const section = (action: string, input: unknown, openid = SECTION) => cloud.call('section', action, input, openid)

/** A citizen's request through `booking`, as the mini-program makes it. */
async function book(overrides: Record<string, unknown> = {}, openid = `oTEST_citizen_${++seq}`): Promise<any> {
  const answer = await cloud.call(
    'booking',
    'appointments.request',
    { requestId: newRequestId(), itemIds: ['item-001'], date: '2026-10-02', halfDay: 'am', applicant: { name: '张三', phone: '13812345678' }, ...overrides },
    openid,
  )
  if (!answer.ok) throw new Error(`booking failed: ${JSON.stringify(answer)}`)
  // Answers carry no OPENID (appointmentView): the test remembers who booked.
  return { ...answer.data.appointment, applicantOpenid: openid }
}

const dispatch = (appointment: any, leadWindowId: string, extra: Record<string, unknown> = {}, openid = SECTION) =>
  section('appointments.dispatch', { appointmentId: appointment.id, version: appointment.version, requestId: newRequestId(), leadWindowId, ...extra }, openid)

const stored = async (id: string) => (await cloud.dump('appointments')).find((a) => a._id === id)
const inbox = async (input: Record<string, unknown> = {}) => {
  const answer = await section('inbox.list', { limit: 50, ...input })
  expect(answer.ok).toBe(true)
  return answer.data.items as any[]
}
const entryOf = async (id: string) => (await inbox()).find((e) => e.appointment.id === id)

/** Calls `section` and answers the body with the database requests the call made (`X-Db-Requests`). */
async function callCounted(action: string, input: unknown, openid = SECTION): Promise<{ body: any; dbRequests: number }> {
  const res = await fetch(`${cloud.url}/__dev/call/section`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': openid },
    body: JSON.stringify({ action, input }),
  })
  return { body: await res.json(), dbRequests: Number(res.headers.get('x-db-requests')) }
}

/**
 * Puts an appointment into `change_pending` with a proposal from its staff,
 * as `counter` (`appointments.confirm`, `appointments.proposeChange`) will:
 * written straight into the collection until that function exists.
 */
async function changePending(at = MONDAY_10): Promise<any> {
  await cloud.setClock(at)
  const made = await book()
  expect(codeOf(await dispatch(made, 'win-02'))).toBe('ok')
  await db()
    .collection('appointments')
    .doc(made.id)
    .update({
      data: {
        status: 'change_pending',
        version: 5,
        assignedStaffId: 'staff-scjg-1',
        agreedTime: '09:30',
        plannedMinutes: 30,
        change: { proposedBy: 'staff-scjg-1', reason: '窗口系统升级', newTime: '14:30', at: Date.parse(at) },
      },
    })
  return { ...made, version: 5 }
}

describe('the inbox (R9)', () => {
  it('R9 lists a citizen request waiting for dispatch with its items and lead department', async () => {
    await cloud.setClock(MONDAY_10)
    const made = await book()
    const entry = await entryOf(made.id)
    expect(entry).toMatchObject({
      appointment: { id: made.id, status: 'submitted', statusText: expect.any(String), applicant: { name: '张三', phone: '13812345678' } },
      items: [{ id: 'item-001', name: '个体工商户设立登记', departmentId: 'dept-scjg' }],
      leadDepartment: { id: 'dept-scjg', name: '县市场监督管理局' },
      waitingWorkingMinutes: 0,
      overdue: false,
    })
  })

  it('lists the oldest first, and only the states asked for', async () => {
    const entries = await inbox()
    const created = entries.map((e) => e.appointment.createdAt)
    expect([...created].sort((a, b) => a - b)).toEqual(created)
    expect(entries.every((e) => ['submitted', 'change_pending', 'force_majeure'].includes(e.appointment.status))).toBe(true)
    const dispatched = await inbox({ statuses: ['dispatched'] })
    expect(dispatched.every((e) => e.appointment.status === 'dispatched' && e.overdue === false)).toBe(true)
    expect(codeOf(await section('inbox.list', { statuses: ['sent'] }))).toBe('INVALID_INPUT')
  })
})

describe('the alert on requests left undispatched (R9, settings undispatchedAlertHours = 2 working hours)', () => {
  afterEach(() => cloud.setClock(MONDAY_10))

  const overdueAt = async (madeAt: string, checkedAt: string) => {
    await cloud.setClock(madeAt)
    const made = await book()
    await cloud.setClock(checkedAt)
    return (await entryOf(made.id)).overdue
  }

  it('R9 flags a request once more than 2 working hours have passed', async () => {
    expect(await overdueAt('2026-09-28T10:00:00+08:00', '2026-09-28T13:31:00+08:00')).toBe(true)
  })

  it('R9 does not flag it at exactly 2 working hours (10:00 to noon, then the lunch break)', async () => {
    expect(await overdueAt('2026-09-28T10:00:00+08:00', '2026-09-28T13:29:00+08:00')).toBe(false)
  })

  it('R9 does not count the lunch break: 11:00 to 13:30 is one working hour', async () => {
    expect(await overdueAt('2026-09-28T11:00:00+08:00', '2026-09-28T13:30:00+08:00')).toBe(false)
  })

  it('R9 does not count a weekend: Friday 16:30 to Monday 09:30 is 1.5 working hours', async () => {
    expect(await overdueAt('2026-09-11T16:30:00+08:00', '2026-09-14T09:30:00+08:00')).toBe(false)
  })

  it('R9 does not count a holiday: Thursday 16:30 over 中秋 (Friday to Sunday) to Monday 09:00 is 1 working hour', async () => {
    expect(await overdueAt('2026-09-24T16:30:00+08:00', '2026-09-28T09:00:00+08:00')).toBe(false)
  })

  it('R9 no longer flags a request once dispatched', async () => {
    await cloud.setClock('2026-09-28T08:30:00+08:00')
    const made = await book()
    expect(codeOf(await dispatch(made, 'win-02'))).toBe('ok')
    await cloud.setClock('2026-09-28T16:00:00+08:00')
    expect(await entryOf(made.id)).toBeUndefined()
    expect((await inbox({ statuses: ['dispatched'] })).find((e) => e.appointment.id === made.id).overdue).toBe(false)
  })
})

describe('dispatching (派单, R9, R13)', () => {
  beforeEach(() => cloud.setClock(MONDAY_10))

  it('R9 dispatches a request to a window of the item department and queues a message to the window', async () => {
    const made = await book()
    const answer = await dispatch(made, 'win-02')
    expect(answer.ok).toBe(true)
    expect(answer.data.appointment).toMatchObject({
      status: 'dispatched',
      version: 2,
      leadWindowId: 'win-02',
      assistingWindowIds: [],
      parts: [{ windowId: 'win-02', role: 'lead' }],
    })
    expect(await stored(made.id)).toMatchObject({ status: 'dispatched', leadWindowId: 'win-02', version: 2 })
    const messages = (await cloud.dump('outbox')).filter((m) => m.appointmentId === made.id)
    expect(messages).toEqual([expect.objectContaining({ to: 'window-staff', windowId: 'win-02', template: 'dispatched', status: 'pending' })])
  })

  it('R13 dispatches an item of several departments to a lead and an assisting window', async () => {
    const made = await book({ itemIds: ['item-002'] })
    const answer = await dispatch(made, 'win-02', { assistingWindowIds: ['win-10'] })
    expect(answer.data.appointment).toMatchObject({ status: 'dispatched', leadWindowId: 'win-02', assistingWindowIds: ['win-10'] })
    const messages = (await cloud.dump('outbox')).filter((m) => m.appointmentId === made.id)
    expect(messages.map((m) => m.windowId).sort()).toEqual(['win-02', 'win-10'])
  })

  it.each([
    ['a lead window of another department', ['item-001'], 'win-04', [], 'leadWindowId'],
    ['a lead window that does not exist', ['item-001'], 'win-99', [], 'leadWindowId'],
    ['the assisting department as lead', ['item-002'], 'win-10', [], 'leadWindowId'],
    ['an assisting window of a department the item does not name', ['item-002'], 'win-02', ['win-06'], 'assistingWindowIds.0'],
    ['a second window of the lead department as assisting', ['item-002'], 'win-02', ['win-03'], 'assistingWindowIds.0'],
    ['the lead window also as assisting', ['item-002'], 'win-02', ['win-02'], 'assistingWindowIds'],
  ])('R13 refuses %s with INVALID_INPUT, writing nothing', async (_label, itemIds, lead, assisting, field) => {
    const made = await book({ itemIds })
    const answer = await dispatch(made, lead, { assistingWindowIds: assisting })
    expect(codeOf(answer)).toBe('INVALID_INPUT')
    expect(answer.error.fields).toHaveProperty([field])
    expect(await stored(made.id)).toMatchObject({ status: 'submitted', version: 1 })
    expect((await cloud.dump('outbox')).filter((m) => m.appointmentId === made.id)).toEqual([])
  })

  it('answers a double tap with the same result, a stale version with CONFLICT, a dispatched one with INVALID_TRANSITION', async () => {
    const made = await book()
    const input = { appointmentId: made.id, version: 1, requestId: newRequestId(), leadWindowId: 'win-02' }
    const first = await section('appointments.dispatch', input)
    const again = await section('appointments.dispatch', input)
    expect([codeOf(first), codeOf(again)]).toEqual(['ok', 'ok'])
    expect(again.data.appointment.version).toBe(2)
    expect(codeOf(await dispatch(made, 'win-03'))).toBe('CONFLICT')
    expect(codeOf(await dispatch({ ...made, version: 2 }, 'win-03'))).toBe('INVALID_TRANSITION')
    expect(codeOf(await dispatch({ id: 'apt-missing00000', version: 1 }, 'win-02'))).toBe('NOT_FOUND')
  })

  it('lets one of two section members dispatching at once win; the other gets CONFLICT', async () => {
    const made = await book()
    const answers = await Promise.all([dispatch(made, 'win-02', {}, SECTION), dispatch(made, 'win-03', {}, SECTION_2)])
    expect(answers.map(codeOf).sort()).toEqual(['CONFLICT', 'ok'])
    const winner = answers.find((a) => a.ok).data.appointment
    const doc = await stored(made.id)
    expect(doc).toMatchObject({ status: 'dispatched', version: 2, leadWindowId: winner.leadWindowId })
    expect((await cloud.dump('outbox')).filter((m) => m.appointmentId === made.id)).toHaveLength(1)
  })

  it('costs 6 database requests for one window: staff, appointment, items and windows, save, message', async () => {
    const made = await book()
    const { body, dbRequests } = await callCounted('appointments.dispatch', {
      appointmentId: made.id,
      version: 1,
      requestId: newRequestId(),
      leadWindowId: 'win-02',
    })
    expect(codeOf(body)).toBe('ok')
    expect(dbRequests).toBe(6)
  })
})

describe('deciding a proposed change (R16)', () => {
  afterEach(() => cloud.setClock(MONDAY_10))

  const decide = (appointment: any, approve: boolean, extra: Record<string, unknown> = {}) =>
    section('changes.decide', { appointmentId: appointment.id, version: appointment.version, requestId: newRequestId(), approve, ...extra })

  it('R16 approves a change made more than 12 hours ahead: the new time stands and the applicant is told', async () => {
    const pending = await changePending()
    const answer = await decide(pending, true, { note: '同意' })
    expect(answer.ok).toBe(true)
    expect(answer.data.appointment).toMatchObject({
      status: 'confirmed',
      version: 6,
      agreedTime: '14:30',
      change: { decision: 'approved', decidedBy: 'staff-section', noticeAt: expect.any(Number) },
    })
    const messages = (await cloud.dump('outbox')).filter((m) => m.appointmentId === pending.id && m.template === 'changed')
    expect(messages.map((m) => m.to).sort()).toEqual(['applicant', 'window-staff'])
  })

  it('R16 rejects a change: the agreed time stays and the proposer is told', async () => {
    const pending = await changePending()
    const answer = await decide(pending, false, { note: '请按原时间办理' })
    expect(answer.data.appointment).toMatchObject({ status: 'confirmed', agreedTime: '09:30', change: { decision: 'rejected' } })
    const messages = (await cloud.dump('outbox')).filter((m) => m.appointmentId === pending.id && m.template === 'change_rejected')
    expect(messages).toEqual([expect.objectContaining({ to: 'window-staff', staffId: 'staff-scjg-1' })])
  })

  it('R16 refuses an approval less than 12 hours before the agreed time with CHANGE_TOO_LATE, but lets a rejection through', async () => {
    const pending = await changePending()
    await cloud.setClock('2026-10-01T21:31:00+08:00')
    expect(codeOf(await decide(pending, true))).toBe('CHANGE_TOO_LATE')
    expect(await stored(pending.id)).toMatchObject({ status: 'change_pending', version: 5 })
    expect(codeOf(await decide(pending, false))).toBe('ok')
  })

  it('R16 still approves a minute more than 12 hours before', async () => {
    const pending = await changePending()
    await cloud.setClock('2026-10-01T21:29:00+08:00')
    expect(codeOf(await decide(pending, true))).toBe('ok')
  })

  it('lists a change waiting for a decision in the inbox, and refuses a decision on a request with no change', async () => {
    const pending = await changePending()
    expect(await entryOf(pending.id)).toMatchObject({ appointment: { status: 'change_pending' }, overdue: false })
    const made = await book()
    expect(codeOf(await decide(made, true))).toBe('INVALID_TRANSITION')
    expect(codeOf(await section('changes.decide', { appointmentId: made.id, version: 1, requestId: newRequestId(), approve: 'yes' }))).toBe(
      'INVALID_INPUT',
    )
  })
})

describe('the registration form (登记表, R8)', () => {
  let made: any
  beforeAll(async () => {
    await cloud.setClock(MONDAY_10)
    made = await book({ note: '<script>alert("备注")</script>', applicant: { name: '李四', phone: '13900001234' } })
    expect(codeOf(await dispatch(made, 'win-02'))).toBe('ok')
    await db()
      .collection('appointments')
      .doc(made.id)
      .update({
        data: {
          status: 'completed',
          version: 7,
          assignedStaffId: 'staff-scjg-1',
          agreedTime: '09:30',
          plannedMinutes: 30,
          contact: { at: Date.parse('2026-09-29T10:15:00+08:00'), by: 'staff-scjg-1', note: '已告知<b>带齐</b>材料', materialsToldInFull: true },
          outcome: { result: '已办结，发放营业执照', startedAt: Date.parse('2026-10-02T09:30:00+08:00'), endedAt: Date.parse('2026-10-02T10:05:00+08:00'), minutes: 35 },
        },
      })
  })

  const form = (openid: string, appointmentId = made.id) => section('records.form', { appointmentId }, openid)

  it('R8 prints every field of the record on an A4 page, in Beijing time as people read it (no ISO, no UTC)', async () => {
    const answer = await form(SECTION)
    expect(answer.ok).toBe(true)
    const html: string = answer.data.html
    for (const text of [
      '沂源县政务服务中心预约服务登记表',
      '@page',
      'A4',
      'border-collapse',
      '李四',
      '13900001234',
      '个体工商户设立登记',
      '2026年10月2日',
      '09:30',
      '微信小程序',
      '申请人本人',
      '2026年9月28日 10:00',
      '2号窗口 市场主体登记',
      '周萍',
      '2026年9月29日 10:15',
      '已一次性告知',
      '已办结，发放营业执照',
      '2026年10月2日 09:30 至 10:05',
      '35分钟',
      '申请人签字',
      '预约编号',
      '窗口经办人签字',
      '管理科审核意见',
      '审核人签字',
      '归档号',
      '告知材料',
      '派单',
      '李静',
    ]) {
      expect(html).toContain(text)
    }
    expect(html).toMatch(/预约编号：<b>2026-\d{6}<\/b>/)
    const text = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ')
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|UTC|T\d{2}:\d{2}|\+08:00/)
  })

  it('R8 escapes what citizens and staff typed: no markup from a note', async () => {
    const html: string = (await form(SECTION)).data.html
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(&quot;备注&quot;)&lt;/script&gt;')
    expect(html).not.toContain('<b>带齐</b>')
    expect(html).toContain('&lt;b&gt;带齐&lt;/b&gt;')
  })

  it('R19 shows the applicant confirmation once acknowledged instead of a blank signature line', async () => {
    const ack = await cloud.call('booking', 'appointments.acknowledge', { appointmentId: made.id, version: 7, requestId: newRequestId() }, made.applicantOpenid)
    expect(codeOf(ack)).toBe('ok')
    const html: string = (await form(SECTION)).data.html
    expect(html).toContain('在微信小程序确认')
    expect(html).not.toContain('申请人签字')
  })

  it("lets the window's assigned staff and leader print their window's record; other staff are told NOT_FOUND", async () => {
    expect((await form(STAFF)).data.html).toContain('13900001234')
    expect((await form(LEADER)).data.html).toContain('13900001234')
    expect(codeOf(await form(OTHER_STAFF))).toBe('NOT_FOUND')
    expect(codeOf(await form(SECTION, 'apt-missing00000'))).toBe('NOT_FOUND')
  })

  it('masks the phone for window staff who are not assigned to it', async () => {
    const other = await book({ applicant: { name: '王五', phone: '13700005678' } })
    expect(codeOf(await dispatch(other, 'win-02'))).toBe('ok')
    const html: string = (await form(STAFF, other.id)).data.html
    expect(html).toContain('137****5678')
    expect(html).not.toContain('13700005678')
  })
})

describe('database requests per action', () => {
  it('reads no more than it needs: inbox and form 2 on a warm instance (issue 8 budget), decide 4 + messages', async () => {
    await cloud.setClock(MONDAY_10)
    const pending = await changePending()
    // Warm every idle instance's copies (calendar, settings, items, windows, staff; kept 30 s): idle instances take turns.
    for (let i = 0; i < 4; i++) {
      await callCounted('inbox.list', {})
      await callCounted('records.form', { appointmentId: pending.id })
    }
    const inboxCost = (await callCounted('inbox.list', {})).dbRequests
    const decideCost = (await callCounted('changes.decide', { appointmentId: pending.id, version: 5, requestId: newRequestId(), approve: false }))
      .dbRequests
    const formCost = (await callCounted('records.form', { appointmentId: pending.id })).dbRequests
    console.log('[db requests]', JSON.stringify({ inbox: inboxCost, decideReject: decideCost, form: formCost }))
    expect(inboxCost).toBeLessThanOrEqual(2)
    expect(decideCost).toBe(4)
    expect(formCost).toBeLessThanOrEqual(2)
  })
})

describe('only the section (R9)', () => {
  const inputs: Record<string, unknown> = {
    'inbox.list': {},
    'appointments.dispatch': { appointmentId: 'apt-x', version: 1, requestId: 'abcdefgh12', leadWindowId: 'win-02' },
    'changes.decide': { appointmentId: 'apt-x', version: 1, requestId: 'abcdefgh12', approve: true },
  }
  const callers = [
    ['a citizen', ZHANG],
    ['window staff', STAFF],
    ['a window leader', LEADER],
    ['the desk', DESK],
    ['an admin', ADMIN],
  ]

  it.each(Object.keys(inputs).flatMap((action) => callers.map(([label, openid]) => [action, label, openid])))(
    'refuses %s to %s with FORBIDDEN',
    async (action, _label, openid) => {
      expect(codeOf(await section(action, inputs[action], openid))).toBe('FORBIDDEN')
    },
  )

  it.each([
    ['a citizen', ZHANG],
    ['the desk', DESK],
    ['an admin', ADMIN],
  ])('refuses records.form to %s with FORBIDDEN', async (_label, openid) => {
    expect(codeOf(await section('records.form', { appointmentId: 'apt-x' }, openid))).toBe('FORBIDDEN')
  })

  it('refuses an operator in an id with INVALID_INPUT before any database request', async () => {
    const { body, dbRequests } = await callCounted('appointments.dispatch', {
      appointmentId: { $gt: '' },
      version: 1,
      requestId: 'abcdefgh12',
      leadWindowId: 'win-02',
    })
    expect(codeOf(body)).toBe('INVALID_INPUT')
    expect(dbRequests).toBe(0)
  })
})
