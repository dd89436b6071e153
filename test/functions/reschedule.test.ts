import { startCloud, type Cloud } from '../support/cloud'

/**
 * No dead ends (issue 18) on the emulator: the section reschedules an
 * appointment stopped by force majeure (R17) to another time, staff member
 * or window of the department, and a citizen asks to move their own
 * confirmed appointment, decided by the section like a staff proposal (R16).
 */
const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const RS_STAFF = 'oEXAMPLE_rs_staff'

/** Wednesday 30 September 2026, 16:59: before the booking deadline of 国庆 (1–8 October). */
const BEFORE_DEADLINE = '2026-09-30T16:59:00+08:00'
const HOLIDAY = '2026-10-02'

let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock(BEFORE_DEADLINE)
}, 60_000)
afterAll(() => cloud?.close())

let seq = 0
const newRequestId = () => `resched-${Date.now().toString(36)}-${++seq}`
const codeOf = (answer: any) => (answer.ok ? 'ok' : answer.error.code)
const stored = async (id: string) => (await cloud.dump('appointments')).find((a) => a._id === id)
const messagesOf = async (id: string) => (await cloud.dump('outbox')).filter((m) => m.appointmentId === id)

async function on(fn: string, action: string, appointment: { id: string }, openid: string, payload: Record<string, unknown> = {}) {
  const { version } = await stored(appointment.id)
  return cloud.call(fn, action, { appointmentId: appointment.id, version, requestId: newRequestId(), ...payload }, openid)
}

/** A citizen's request for item-001 (市场监管), dispatched to win-02, assigned to 周萍 (staff-scjg-1) and confirmed at 09:00. */
async function confirmed(citizen = `oTEST_resched_${++seq}`): Promise<{ id: string; citizen: string }> {
  const made = await cloud.call(
    'booking',
    'appointments.request',
    { requestId: newRequestId(), itemIds: ['item-001'], date: HOLIDAY, halfDay: 'am', applicant: { name: '张三', phone: '13812345678' } },
    citizen,
  )
  if (!made.ok) throw new Error(JSON.stringify(made))
  const appointment = { id: made.data.appointment.id, citizen }
  expect(codeOf(await on('section', 'appointments.dispatch', appointment, SECTION, { leadWindowId: 'win-02' }))).toBe('ok')
  expect(codeOf(await on('counter', 'appointments.assign', appointment, LEADER, { staffId: 'staff-scjg-1' }))).toBe('ok')
  expect(codeOf(await on('counter', 'appointments.confirm', appointment, STAFF, { agreedTime: '09:00', contact: { note: '已告知材料', materialsToldInFull: true } }))).toBe('ok')
  return appointment
}

async function stopped(): Promise<{ id: string; citizen: string }> {
  const appointment = await confirmed()
  expect(codeOf(await on('counter', 'appointments.forceMajeure', appointment, STAFF, { note: '窗口停电，已电话告知申请人' }))).toBe('ok')
  return appointment
}

describe('the section reschedules after force majeure (R17)', () => {
  it('R17 another staff member and a new holiday date: confirmed at that time, the staff and the applicant told, the whole story kept', async () => {
    const appointment = await stopped()
    const record = await cloud.call('section', 'appointments.record', { appointmentId: appointment.id }, SECTION)
    expect(record.data.leadWindowStaff.map((s: any) => s.name)).toEqual(['孙强', '周萍'])
    const answer = await on('section', 'appointments.reschedule', appointment, SECTION, {
      newDate: '2026-10-03',
      newTime: '10:00',
      staffId: 'staff-scjg-leader',
      reason: '已电话告知申请人，改由孙强办理',
    })
    expect(answer.data.appointment).toMatchObject({ status: 'confirmed', date: '2026-10-03', agreedTime: '10:00', assignedStaffId: 'staff-scjg-leader', forceMajeure: { note: '窗口停电，已电话告知申请人' } })
    const messages = (await messagesOf(appointment.id)).filter((m) => ['assigned', 'changed'].includes(m.template))
    expect(messages.map((m) => [m.template, m.to, m.staffId ?? null]).slice(-2)).toEqual([
      ['assigned', 'window-staff', 'staff-scjg-leader'],
      ['changed', 'applicant', null],
    ])
    // The record page and the printed form tell the whole story, with names.
    const after = await cloud.call('section', 'appointments.record', { appointmentId: appointment.id }, SECTION)
    expect(after.data.appointment.reschedules).toHaveLength(1)
    expect(after.data.staffNames).toMatchObject({ 'staff-scjg-leader': '孙强', 'staff-scjg-1': '周萍', 'staff-section': '李静' })
    expect(after.data.leadWindowStaff).toBeUndefined()
    const form = await cloud.call('section', 'records.form', { appointmentId: appointment.id }, SECTION)
    expect(form.data.html).toContain('窗口停电，已电话告知申请人')
    expect(form.data.html).toContain('原定2026年10月2日 09:00由周萍办理，改为2026年10月3日 10:00由孙强办理')
    expect(form.data.html).toContain('已电话告知申请人，改由孙强办理')
    // The new staff member sees it confirmed in their queue; the citizen sees the new time.
    const queue = await cloud.call('counter', 'queue.list', { date: '2026-10-03' }, LEADER)
    expect(queue.data.items.find((e: any) => e.id === appointment.id)).toMatchObject({ status: 'confirmed', agreedTime: '10:00' })
    const mine = await cloud.call('booking', 'appointments.get', { appointmentId: appointment.id }, appointment.citizen)
    expect(mine.data.appointment).toMatchObject({ status: 'confirmed', date: '2026-10-03', agreedTime: '10:00' })
  })

  it('R17 R9 another window of the department: dispatched there for its leader, the window told as on a dispatch, the old one as on a re-dispatch', async () => {
    const appointment = await stopped()
    const answer = await on('section', 'appointments.reschedule', appointment, SECTION, { leadWindowId: 'win-03', newTime: '14:00', reason: '2号窗口停电，改由3号窗口办理' })
    expect(answer.data.appointment).toMatchObject({ status: 'dispatched', leadWindowId: 'win-03', preferredTime: '14:00' })
    expect(answer.data.appointment.assignedStaffId).toBeUndefined()
    const messages = await messagesOf(appointment.id)
    expect(messages.filter((m) => m.template === 'dispatched').map((m) => m.windowId)).toEqual(['win-02', 'win-03'])
    expect(messages.filter((m) => m.template === 'redispatched_away').map((m) => m.windowId)).toEqual(['win-02'])
  })

  it.each([
    ['a window of another department', { leadWindowId: 'win-04', reason: '改派' }, 'INVALID_INPUT', 'leadWindowId'],
    ['staff of another window', { staffId: 'staff-rs-1', reason: '改由他人' }, 'INVALID_INPUT', 'staffId'],
    ['a working day', { newDate: '2026-10-09', reason: '改期' }, 'INVALID_INPUT', 'newDate'],
    ['nothing new', { reason: '改期' }, 'INVALID_INPUT', 'newTime'],
  ])('R17 refuses %s and writes nothing', async (_case, input, code, field) => {
    const appointment = await stopped()
    const before = await stored(appointment.id)
    const answer = await on('section', 'appointments.reschedule', appointment, SECTION, input)
    expect(answer).toMatchObject({ ok: false, error: { code, fields: { [field]: expect.any(String) } } })
    expect(await stored(appointment.id)).toEqual(before)
  })

  it('R17 only the section reschedules, and only after force majeure', async () => {
    const appointment = await stopped()
    expect(codeOf(await on('section', 'appointments.reschedule', appointment, LEADER, { newTime: '10:00', reason: '改期' }))).toBe('FORBIDDEN')
    const running = await confirmed()
    expect(codeOf(await on('section', 'appointments.reschedule', running, SECTION, { newTime: '10:00', reason: '改期' }))).toBe('INVALID_TRANSITION')
  })
})

describe('a citizen asks to move their own appointment (申请改期, R16)', () => {
  it('R16 becomes a change the section decides; the window is told; the applicant learns the answer', async () => {
    const appointment = await confirmed()
    const asked = await on('booking', 'appointments.proposeChange', appointment, appointment.citizen, { newTime: '10:30', reason: '上午临时有事' })
    expect(asked.data.appointment).toMatchObject({ status: 'change_pending', change: { proposedBy: 'applicant', byApplicant: true, newTime: '10:30' } })
    expect((await stored(appointment.id)).change.proposedBy).toBe(appointment.citizen)
    const told = (await messagesOf(appointment.id)).filter((m) => m.template === 'change_requested')
    expect(told.map((m) => [m.to, m.windowId ?? null])).toEqual([['section', null], ['window-staff', 'win-02']])
    // The window's staff see who asked by role, never an OPENID.
    const seen = await cloud.call('booking', 'appointments.get', { appointmentId: appointment.id }, STAFF)
    expect(JSON.stringify(seen)).not.toContain(appointment.citizen)
    const inbox = await cloud.call('section', 'inbox.list', { limit: 50 }, SECTION)
    expect(inbox.data.items.some((e: any) => e.appointment.id === appointment.id)).toBe(true)
    const decided = await on('section', 'changes.decide', appointment, SECTION, { approve: true })
    expect(decided.data.appointment).toMatchObject({ status: 'confirmed', agreedTime: '10:30' })
    expect((await messagesOf(appointment.id)).filter((m) => m.template === 'changed' && m.to === 'applicant')).toHaveLength(1)
  })

  it('R16 a rejection keeps the time and is told to the applicant', async () => {
    const appointment = await confirmed()
    expect(codeOf(await on('booking', 'appointments.proposeChange', appointment, appointment.citizen, { newTime: '15:00', reason: '想改到下午' }))).toBe('ok')
    const decided = await on('section', 'changes.decide', appointment, SECTION, { approve: false, note: '下午窗口已满' })
    expect(decided.data.appointment).toMatchObject({ status: 'confirmed', agreedTime: '09:00' })
    const rejected = (await messagesOf(appointment.id)).filter((m) => m.template === 'change_rejected')
    expect(rejected.map((m) => m.to)).toEqual(['applicant'])
  })

  it('R16 only the applicant asks here: another citizen NOT_FOUND, the window staff FORBIDDEN; a time outside the hours refused', async () => {
    const appointment = await confirmed()
    const before = await stored(appointment.id)
    expect(codeOf(await on('booking', 'appointments.proposeChange', appointment, 'oTEST_resched_stranger', { newTime: '10:00', reason: '代他人申请' }))).toBe('NOT_FOUND')
    expect(codeOf(await on('booking', 'appointments.proposeChange', appointment, STAFF, { newTime: '10:00', reason: '窗口申请' }))).toBe('FORBIDDEN')
    expect(codeOf(await on('booking', 'appointments.proposeChange', appointment, RS_STAFF, { newTime: '10:00', reason: '他窗口' }))).toBe('NOT_FOUND')
    const evening = await on('booking', 'appointments.proposeChange', appointment, appointment.citizen, { newTime: '18:30', reason: '下班后' })
    expect(evening).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { newTime: '新的时间须在节假日服务时间（08:30–12:00、13:30–17:00）内' } } })
    expect(await stored(appointment.id)).toEqual(before)
  })

  it('R16 under 12 hours the applicant is told to call the centre; nothing changes', async () => {
    const appointment = await confirmed()
    const before = await stored(appointment.id)
    await cloud.setClock('2026-10-01T21:30:00+08:00')
    const late = await on('booking', 'appointments.proposeChange', appointment, appointment.citizen, { newTime: '10:00', reason: '临时有事' })
    expect(late).toMatchObject({ ok: false, error: { code: 'CHANGE_TOO_LATE', message: '距约定时间不足12小时，不能在线申请改期，请致电0533-3618118联系' } })
    expect(await stored(appointment.id)).toEqual(before)
    await cloud.setClock(BEFORE_DEADLINE)
  })
})

describe('the time bank after a reschedule (R17, R24)', () => {
  it('R24 the force majeure earns nothing; the rescheduled appointment, once served, credits the staff who served it, once', async () => {
    const appointment = await stopped()
    const creditsOf = async () => (await cloud.dump('timeBankEntries')).filter((e) => e.source?.id === appointment.id)
    expect(await creditsOf()).toEqual([])
    expect(codeOf(await on('section', 'appointments.reschedule', appointment, SECTION, { staffId: 'staff-scjg-leader', newTime: '14:00', reason: '改由孙强下午办理' }))).toBe('ok')
    await cloud.setClock(`${HOLIDAY}T14:00:00+08:00`)
    expect(codeOf(await on('counter', 'appointments.start', appointment, LEADER))).toBe('ok')
    await cloud.setClock(`${HOLIDAY}T14:35:00+08:00`)
    expect(codeOf(await on('counter', 'appointments.complete', appointment, LEADER, { result: '营业执照已发放' }))).toBe('ok')
    const fire = async () => (await (await fetch(`${cloud.url}/__dev/triggers/scheduler`, { method: 'POST' })).json()).value.data
    await fire()
    expect((await creditsOf()).map((e) => [e.staffId, e.minutes])).toEqual([['staff-scjg-leader', 35]])
    await cloud.setClock(BEFORE_DEADLINE)
  })
})
