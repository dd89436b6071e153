import { startCloud, type Cloud } from '../support/cloud'

/**
 * The section's list of every appointment with its filters and paging, one
 * record's whole story, re-dispatch to another window until confirmed (R8,
 * R9, R13), and who registered each request in the inbox (R7), on the
 * emulator. Every query these make must be served by a declared index
 * (`startCloud` checks on close).
 */
const SECTION = 'oEXAMPLE_section_li'
const DESK = 'oEXAMPLE_desk_zhao'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const RS_STAFF = 'oEXAMPLE_rs_staff'
const ADMIN = 'oEXAMPLE_admin_wang'
const CITIZEN = 'oEXAMPLE_citizen_zhang'

/** Monday 28 September 2026, a working day before 国庆 (1–8 October). */
const MONDAY_10 = '2026-09-28T10:00:00+08:00'

let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock(MONDAY_10)
}, 60_000)
afterAll(() => cloud?.close())

let seq = 0
const newRequestId = () => `recs-${Date.now().toString(36)}-${++seq}`
const section = (action: string, input: unknown, openid = SECTION) => cloud.call('section', action, input, openid)

async function book(overrides: Record<string, unknown> = {}, openid = `oTEST_rec_${++seq}`): Promise<any> {
  const answer = await cloud.call(
    'booking',
    'appointments.request',
    { requestId: newRequestId(), itemIds: ['item-001'], date: '2026-10-02', halfDay: 'am', applicant: { name: '张三', phone: '13812345678' }, ...overrides },
    openid,
  )
  if (!answer.ok) throw new Error(`booking failed: ${JSON.stringify(answer)}`)
  return answer.data.appointment
}

async function dispatched(overrides: Record<string, unknown> = {}, leadWindowId = 'win-02'): Promise<any> {
  const a = await book(overrides)
  const answer = await section('appointments.dispatch', { appointmentId: a.id, version: a.version, requestId: newRequestId(), leadWindowId })
  if (!answer.ok) throw new Error(`dispatch failed: ${JSON.stringify(answer)}`)
  return answer.data.appointment
}

async function list(input: Record<string, unknown>): Promise<any> {
  const answer = await section('appointments.list', { limit: 50, ...input })
  if (!answer.ok) throw new Error(`list failed: ${JSON.stringify(answer)}`)
  return answer.data
}

const redispatch = (a: any, input: Record<string, unknown>, openid = SECTION) =>
  section('appointments.redispatch', { appointmentId: a.id, version: a.version, requestId: newRequestId(), reason: '原窗口当天人手不足', ...input }, openid)

describe('the section\'s list of every appointment (R8, R9)', () => {
  let phoneOnThird: any
  let deskOnSecond: any
  let dispatchedToWindow4: any
  let cancelled: any
  beforeAll(async () => {
    phoneOnThird = await book({ channel: 'phone', date: '2026-10-03', applicant: { name: '电话群众', phone: '13900000001' } }, DESK)
    deskOnSecond = await book({ channel: 'desk', applicant: { name: '现场群众', phone: '13900000002' } }, DESK)
    dispatchedToWindow4 = await dispatched({ itemIds: ['item-006'], date: '2026-10-05' }, 'win-04')
    const toCancel = await book({ date: '2026-10-04' }, CITIZEN)
    const answer = await cloud.call('booking', 'appointments.cancel', { appointmentId: toCancel.id, version: toCancel.version, requestId: newRequestId(), reason: '行程有变' }, CITIZEN)
    cancelled = answer.data.appointment
  })

  it('R9 lists appointments in every state, the latest holiday date first, with names, never ids', async () => {
    const page = await list({})
    const ids = page.items.map((e: any) => e.appointment.id)
    expect(ids).toEqual(expect.arrayContaining([phoneOnThird.id, deskOnSecond.id, dispatchedToWindow4.id, cancelled.id]))
    const dates = page.items.map((e: any) => e.appointment.date)
    expect(dates).toEqual([...dates].sort().reverse())
    const entry = page.items.find((e: any) => e.appointment.id === dispatchedToWindow4.id)
    expect(entry).toMatchObject({ items: [{ id: 'item-006', name: '社会保障卡申领与补换' }], leadWindow: '4号窗口（社保业务）' })
    const phone = page.items.find((e: any) => e.appointment.id === phoneOnThird.id)
    expect(phone.registrar).toBe('赵晓')
    expect(page.holidays.map((h: any) => h.start)).toContain('2026-10-01')
    expect(page.holidays[0].start >= page.holidays[page.holidays.length - 1].start).toBe(true)
  })

  it.each([
    ['a holiday', { holiday: '2026-10-01' }, (e: any) => e.appointment.date >= '2026-10-01' && e.appointment.date <= '2026-10-08'],
    ['one date', { date: '2026-10-03' }, (e: any) => e.appointment.date === '2026-10-03'],
    ['a state', { statuses: ['cancelled'] }, (e: any) => e.appointment.status === 'cancelled'],
    ['two states', { statuses: ['submitted', 'dispatched'] }, (e: any) => ['submitted', 'dispatched'].includes(e.appointment.status)],
    ['the lead window', { windowId: 'win-04' }, (e: any) => e.appointment.leadWindowId === 'win-04'],
    ['the channel', { channel: 'phone' }, (e: any) => e.appointment.channel === 'phone'],
    ['channel and state', { channel: 'desk', statuses: ['submitted'] }, (e: any) => e.appointment.channel === 'desk' && e.appointment.status === 'submitted'],
    ['window and state', { windowId: 'win-04', statuses: ['dispatched'] }, (e: any) => e.appointment.leadWindowId === 'win-04' && e.appointment.status === 'dispatched'],
    ['window and channel', { windowId: 'win-04', channel: 'mini-program' }, (e: any) => e.appointment.leadWindowId === 'win-04' && e.appointment.channel === 'mini-program'],
    [
      'every filter at once',
      { holiday: '2026-10-01', date: '2026-10-05', statuses: ['dispatched'], windowId: 'win-04', channel: 'mini-program' },
      (e: any) => e.appointment.id === dispatchedToWindow4.id,
    ],
  ])('R9 filters by %s, each row matching and none missed', async (_case, filter, matches) => {
    const [filtered, all] = await Promise.all([list(filter), list({ limit: 50 })])
    expect(filtered.items.length).toBeGreaterThan(0)
    expect(filtered.items.every(matches)).toBe(true)
    // nothing that matches is left out (every record fits on the unfiltered page here)
    expect(all.total).toBeLessThanOrEqual(50)
    expect(filtered.total).toBe(all.items.filter(matches).length)
  })

  it('R9 a date outside the chosen holiday finds nothing', async () => {
    expect(await list({ holiday: '2026-10-01', date: '2026-10-20' })).toMatchObject({ items: [], total: 0, nextCursor: null })
  })

  it('R9 reads every record page by page with the total (加载更多, 共N条)', async () => {
    const all = await list({})
    const seen: string[] = []
    let cursor: string | undefined
    for (;;) {
      const page = await list({ limit: 2, ...(cursor ? { cursor } : {}) })
      expect(page.total).toBe(all.total)
      expect(page.items.length).toBeLessThanOrEqual(2)
      seen.push(...page.items.map((e: any) => e.appointment.id))
      if (!page.nextCursor) break
      cursor = page.nextCursor
    }
    expect(seen).toEqual(all.items.map((e: any) => e.appointment.id))
  })

  it.each([
    [{ holiday: '2026-10-02' }, 'holiday', '没有找到这个节假日，请重新选择'],
    [{ channel: 'wechat' }, 'channel', '预约渠道不正确'],
    [{ statuses: ['done'] }, 'statuses.0', '状态不正确'],
    [{ date: '2026-13-01' }, 'date', '日期不是有效的日期'],
  ])('refuses the filter %j with a message naming the field', async (input, field, message) => {
    const answer = await section('appointments.list', input)
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { [field]: message } } })
  })

  it.each([
    ['the desk', DESK],
    ['a window leader', LEADER],
    ['window staff', STAFF],
    ['an admin', ADMIN],
    ['a citizen', CITIZEN],
  ])('R9 refuses the list and the record to %s', async (_who, openid) => {
    expect(await section('appointments.list', {}, openid)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await section('appointments.record', { appointmentId: deskOnSecond.id }, openid)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('one record\'s whole story (R8)', () => {
  it('R8 names the registrar, items, windows and every step\'s staff, never ids', async () => {
    const a = await book({ channel: 'phone', itemIds: ['item-002'] }, DESK)
    await section('appointments.dispatch', { appointmentId: a.id, version: a.version, requestId: newRequestId(), leadWindowId: 'win-02', assistingWindowIds: ['win-10'] })
    const answer = await section('appointments.record', { appointmentId: a.id })
    expect(answer.ok).toBe(true)
    const { appointment, items, leadDepartment, windowNames, staffNames } = answer.data
    expect(appointment.status).toBe('dispatched')
    expect(items).toEqual([{ id: 'item-002', name: '有限责任公司设立登记', departmentId: 'dept-scjg' }])
    expect(leadDepartment).toEqual({ id: 'dept-scjg', name: '县市场监督管理局' })
    expect(windowNames).toEqual({ 'win-02': '2号窗口（市场主体登记）', 'win-10': '10号窗口（税费缴纳）' })
    expect(staffNames).toMatchObject({ 'staff-desk': '赵晓', 'staff-section': '李静' })
    expect(appointment.timeline.map((t: any) => t.event)).toEqual(['request', 'dispatch'])
  })

  it('R8 answers NOT_FOUND for an id that does not exist', async () => {
    expect(await section('appointments.record', { appointmentId: 'apt-none' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('re-dispatch to another window until confirmed (R9, R13)', () => {
  async function assigned(): Promise<any> {
    const a = await dispatched()
    const answer = await cloud.call('counter', 'appointments.assign', { appointmentId: a.id, version: a.version, requestId: newRequestId(), staffId: 'staff-scjg-1' }, LEADER)
    if (!answer.ok) throw new Error(`assign failed: ${JSON.stringify(answer)}`)
    return answer.data.appointment
  }

  it('R9 R13 moves an assigned appointment to another window of the department: old assignment cleared, new window told, both kept', async () => {
    const a = await assigned()
    const answer = await redispatch(a, { leadWindowId: 'win-03' })
    expect(answer.ok).toBe(true)
    const next = answer.data.appointment
    expect(next).toMatchObject({ status: 'dispatched', leadWindowId: 'win-03' })
    expect(next.assignedStaffId).toBeUndefined()
    expect(next.redispatches).toEqual([expect.objectContaining({ fromWindowId: 'win-02', toWindowId: 'win-03', fromStaffId: 'staff-scjg-1', reason: '原窗口当天人手不足' })])
    const stored = (await cloud.dump('appointments')).find((s) => s._id === a.id)
    expect(stored.assignedStaffId).toBeUndefined()
    expect(stored.parts.find((p: any) => p.role === 'lead')).toEqual({ windowId: 'win-03', role: 'lead' })
    const messages = (await cloud.dump('outbox')).filter((m) => m.appointmentId === a.id && m.template === 'dispatched')
    expect(messages.map((m) => m.windowId)).toEqual(expect.arrayContaining(['win-02', 'win-03']))
    const away = (await cloud.dump('outbox')).filter((m) => m.appointmentId === a.id && m.template === 'redispatched_away')
    expect(away.map((m) => [m.to, m.windowId])).toEqual([['window-staff', 'win-02']])
    // the old window no longer sees it in its queue; the record names both windows
    const queue = await cloud.call('counter', 'queue.list', {}, STAFF)
    expect(queue.data.items.map((q: any) => q.id)).not.toContain(a.id)
    const record = await section('appointments.record', { appointmentId: a.id })
    expect(record.data.windowNames).toMatchObject({ 'win-02': '2号窗口（市场主体登记）', 'win-03': '3号窗口（食品药品许可）' })
    expect(record.data.staffNames['staff-scjg-1']).toBe('周萍')
  })

  it('R13 sends it to another department\'s window only when the section says so', async () => {
    const a = await dispatched()
    const refused = await redispatch(a, { leadWindowId: 'win-04' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { leadWindowId: expect.stringContaining('事项主办部门') } } })
    expect((await cloud.dump('appointments')).find((s) => s._id === a.id).version).toBe(a.version)
    const answer = await redispatch(a, { leadWindowId: 'win-04', otherDepartment: true })
    expect(answer).toMatchObject({ ok: true, data: { appointment: { leadWindowId: 'win-04' } } })
    const queue = await cloud.call('counter', 'queue.list', {}, RS_STAFF)
    expect(queue.data.items.map((q: any) => q.id)).toContain(a.id)
  })

  it.each([
    [{ leadWindowId: 'win-99', otherDepartment: true }, 'leadWindowId', '新的主办窗口不存在'],
    [{ leadWindowId: 'win-02' }, 'leadWindowId', '已派至该窗口，请选择其他窗口'],
    [{ leadWindowId: 'win-03', reason: '' }, 'reason', '请填写改派原因'],
  ])('R9 refuses %j and writes nothing', async (input, field, message) => {
    const a = await dispatched()
    expect(await redispatch(a, input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { [field]: message } } })
    expect((await cloud.dump('appointments')).find((s) => s._id === a.id).version).toBe(a.version)
  })

  it('R9 refuses once the appointment is confirmed, and before it is dispatched', async () => {
    const a = await assigned()
    const confirm = await cloud.call(
      'counter',
      'appointments.confirm',
      { appointmentId: a.id, version: a.version, requestId: newRequestId(), agreedTime: '09:00', contact: { note: '已电话联系', materialsToldInFull: true } },
      STAFF,
    )
    expect(confirm.ok).toBe(true)
    expect(await redispatch(confirm.data.appointment, { leadWindowId: 'win-03' })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    const fresh = await book()
    expect(await redispatch(fresh, { leadWindowId: 'win-03' })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })

  it.each([
    ['the desk', DESK, 'NOT_FOUND'],
    ['the lead window\'s leader', LEADER, 'FORBIDDEN'],
    ['an admin', ADMIN, 'FORBIDDEN'],
  ])('R9 refuses a re-dispatch by %s', async (_who, openid) => {
    const a = await dispatched()
    const answer = await redispatch(a, { leadWindowId: 'win-03' }, openid)
    expect(answer.ok).toBe(false)
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(answer.error.code)
  })
})

describe('the inbox shows who registered each request (R7)', () => {
  it('R7 names the desk member for a phone request, and nobody for the mini-program', async () => {
    const byPhone = await book({ channel: 'phone' }, DESK)
    const own = await book()
    const answer = await section('inbox.list', { limit: 50 })
    const entries = answer.data.items as any[]
    expect(entries.find((e) => e.appointment.id === byPhone.id)).toMatchObject({ registrar: '赵晓', appointment: { channel: 'phone' } })
    expect(entries.find((e) => e.appointment.id === own.id).registrar).toBeUndefined()
  })
})
