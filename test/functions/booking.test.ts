import { emulatorSdk } from '../support/emulatorSdk'
import { startCloud, type Cloud } from '../support/cloud'

/**
 * The `booking` function on the emulator (issue 6): holiday requests (R6, R7, R8)
 * through the real wx-server-sdk, once per request id, under the
 * per-applicant cap even when requests race, and the citizen's and desk's
 * follow-up actions (R15, R19).
 */
const ZHANG = 'oEXAMPLE_citizen_zhang'
const LIU = 'oEXAMPLE_citizen_liu'
const DESK = 'oEXAMPLE_desk_zhao'
const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const ADMIN = 'oEXAMPLE_admin_wang'

const BEFORE_DEADLINE = '2026-09-30T16:59:00+08:00'

let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock(BEFORE_DEADLINE)
}, 60_000)
afterAll(() => cloud?.close())

let seq = 0
const newRequestId = () => `test-${Date.now().toString(36)}-${++seq}`

const request = (overrides: Record<string, unknown> = {}) => ({
  requestId: newRequestId(),
  itemIds: ['item-006'],
  date: '2026-10-02',
  halfDay: 'am',
  applicant: { name: '张三', phone: '13812345678' },
  ...overrides,
})

const book = (openid: string, overrides: Record<string, unknown> = {}) => cloud.call('booking', 'appointments.request', request(overrides), openid)

/** Calls `booking` and answers the body with the database requests the call made (`X-Db-Requests`). */
async function callCounted(action: string, input: unknown, openid: string): Promise<{ body: any; dbRequests: number }> {
  const res = await fetch(`${cloud.url}/__dev/call/booking`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': openid },
    body: JSON.stringify({ action, input }),
  })
  return { body: await res.json(), dbRequests: Number(res.headers.get('x-db-requests')) }
}

/** Writes fields straight into a stored appointment: steps other functions will take (dispatch, completion). */
async function patchAppointment(id: string, data: Record<string, unknown>): Promise<void> {
  await emulatorSdk(cloud).database().collection('appointments').doc(id).update({ data })
}

const stored = async (id: string) => (await cloud.dump('appointments')).find((a) => a._id === id)
const codeOf = (answer: any) => (answer.ok ? 'ok' : answer.error.code)

describe('requesting a holiday appointment (R6)', () => {
  it('R6 accepts a citizen request for a holiday before 17:00 of the last working day', async () => {
    const answer = await book(ZHANG)
    expect(answer.ok).toBe(true)
    const appointment = answer.data.appointment
    expect(appointment).toMatchObject({
      status: 'submitted',
      statusText: expect.any(String),
      channel: 'mini-program',
      itemIds: ['item-006'],
      date: '2026-10-02',
      halfDay: 'am',
      applicant: { name: '张三', phone: '13812345678' },
      version: 1,
    })
    expect(appointment.registeredBy).toBeUndefined()
    expect(appointment.capLedgerId).toBeUndefined()
    expect(appointment.applicantOpenid).toBeUndefined() // the OPENID stays on the server (PIPL art. 6)
    expect(await stored(appointment.id)).toMatchObject({ status: 'submitted', applicantOpenid: ZHANG })
  })

  it('R6 refuses the same request at 17:01 with BOOKING_CLOSED', async () => {
    await cloud.setClock('2026-09-30T17:01:00+08:00')
    try {
      const answer = await book(LIU)
      expect(answer).toEqual({ ok: false, error: { code: 'BOOKING_CLOSED', message: expect.stringMatching(/截止/) } })
    } finally {
      await cloud.setClock(BEFORE_DEADLINE)
    }
  })

  it('R6 answers a retry after the deadline with the appointment made before it', async () => {
    const input = request()
    const first = await cloud.call('booking', 'appointments.request', input, LIU)
    await cloud.setClock('2026-09-30T17:01:00+08:00')
    try {
      const retry = await cloud.call('booking', 'appointments.request', input, LIU)
      expect(retry.ok).toBe(true)
      expect(retry.data.appointment.id).toBe(first.data.appointment.id)
    } finally {
      await cloud.setClock(BEFORE_DEADLINE)
    }
  })

  it.each([
    ['a working day (R5)', '2026-10-13', 'NOT_A_HOLIDAY'],
    ['a weekend walk-in day (R2)', '2026-10-17', 'NOT_A_HOLIDAY'],
    ['a year whose notice is not out', '2027-02-10', 'CALENDAR_UNKNOWN'],
  ])('refuses %s', async (_label, date, code) => {
    const before = await cloud.dump('appointments')
    expect(codeOf(await book(ZHANG, { date }))).toBe(code)
    expect(await cloud.dump('appointments')).toEqual(before)
  })

  it('R1 refuses a walk-in-only item and an item not on the list with ITEM_NOT_BOOKABLE', async () => {
    const created = await cloud.call(
      'admin',
      'items.create',
      {
        requestId: 'walkin-only-item',
        item: {
          name: '仅周末现场办理事项',
          departmentId: 'dept-scjg',
          materials: [{ name: '申请书', copies: 1, form: 'original' }],
          modes: ['walk-in'],
          estimatedMinutes: 20,
        },
      },
      ADMIN,
    )
    expect(created.ok).toBe(true)
    expect(codeOf(await book(ZHANG, { itemIds: [created.data.item.id] }))).toBe('ITEM_NOT_BOOKABLE')
    expect(codeOf(await book(ZHANG, { itemIds: ['item-006', 'item-999'] }))).toBe('ITEM_NOT_BOOKABLE')
  })
})

describe('a repeated request has effect once (docs/architecture.md)', () => {
  it('creates one appointment from 50 simultaneous submissions of one requestId', async () => {
    const citizen = 'oTEST_double_tap'
    const input = request()
    const answers = await Promise.all(Array.from({ length: 50 }, () => cloud.call('booking', 'appointments.request', input, citizen)))
    expect(answers.map(codeOf)).toEqual(Array(50).fill('ok'))
    const ids = new Set(answers.map((a) => a.data.appointment.id))
    expect(ids.size).toBe(1)
    const docs = (await cloud.dump('appointments')).filter((a) => a.applicantOpenid === citizen)
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ requestId: input.requestId, status: 'submitted' })
    const ledger = (await cloud.dump('appointmentCaps')).find((l) => l._id === docs[0].capLedgerId)
    expect(ledger).toMatchObject({ count: 1, ids: [docs[0]._id] })
  }, 30_000)

  it('lets 3 of 10 requests through when each is sent 5 times at once, each answered by its one appointment', async () => {
    const citizen = 'oTEST_mixed_storm'
    const inputs = Array.from({ length: 10 }, () => request())
    const sends = inputs.flatMap((input) => Array.from({ length: 5 }, () => input))
    const answers = await Promise.all(sends.map((input) => cloud.call('booking', 'appointments.request', input, citizen)))
    const docs = (await cloud.dump('appointments')).filter((a) => a.applicantOpenid === citizen)
    expect(docs).toHaveLength(3)
    for (const [i, answer] of answers.entries()) {
      const doc = docs.find((d) => d.requestId === sends[i].requestId)
      if (doc) expect(answer.ok && answer.data.appointment.id).toBe(doc._id)
      else expect(codeOf(answer)).toBe('LIMIT_REACHED')
    }
    const ledger = (await cloud.dump('appointmentCaps')).find((l) => l._id === docs[0].capLedgerId)
    expect([...ledger.ids].sort()).toEqual(docs.map((d) => d._id).sort())
  }, 30_000)

  it('answers a repeat of a cancelled request with the cancelled appointment, taking no place', async () => {
    const citizen = 'oTEST_repeat_cancelled'
    const input = request()
    const made = (await cloud.call('booking', 'appointments.request', input, citizen)).data.appointment
    await cloud.call('booking', 'appointments.cancel', { appointmentId: made.id, version: 1, requestId: newRequestId(), reason: '不去了' }, citizen)
    const repeat = await cloud.call('booking', 'appointments.request', input, citizen)
    expect(repeat.data.appointment).toMatchObject({ id: made.id, status: 'cancelled' })
    const ledgerId = (await stored(made.id)).capLedgerId
    expect((await cloud.dump('appointmentCaps')).find((l) => l._id === ledgerId)).toMatchObject({ ids: [], count: 0 })
  })

  it('keeps two citizens who happen to use the same requestId apart', async () => {
    const input = request()
    const a = await cloud.call('booking', 'appointments.request', input, 'oTEST_same_id_a')
    const b = await cloud.call('booking', 'appointments.request', input, 'oTEST_same_id_b')
    expect(a.data.appointment.id).not.toBe(b.data.appointment.id)
    expect((await stored(b.data.appointment.id)).applicantOpenid).toBe('oTEST_same_id_b')
  })
})

describe('a company applies in its own name (R7: 企业和群众)', () => {
  const ACME = { name: '沂源县鲁中山水农业发展有限公司淄博分公司沂源县南麻街道办事处营业部', creditCode: '91330100716105852F' }

  it('books with its name, a valid credit code and a contact person; the record and the view keep the company', async () => {
    const answer = await book('oTEST_company_contact', { applicant: { name: '王经理', phone: '13912340000', company: { ...ACME, creditCode: '91330100 716105852f' } } })
    expect(codeOf(answer)).toBe('ok')
    expect(answer.data.appointment.applicant).toMatchObject({ name: '王经理', company: ACME })
    expect((await stored(answer.data.appointment.id)).applicant.company).toEqual(ACME)
  })

  it('refuses a wrong credit code with a message the applicant understands, and stores nothing', async () => {
    const before = (await cloud.dump('appointments')).length
    const answer = await book('oTEST_company_typo', { applicant: { name: '王经理', phone: '13912340000', company: { ...ACME, creditCode: '91330100716105852E' } } })
    expect(answer).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_INPUT', fields: { 'applicant.company.creditCode': '统一社会信用代码校验不通过，请对照营业执照核对' } }),
    })
    expect(await cloud.dump('appointments')).toHaveLength(before)
  })

  it('counts the cap per company code, whoever books for it and on whatever phone (R6)', async () => {
    const company = { name: '沂源县测试贸易有限公司', creditCode: '91110108551385082Q' }
    const by = (openid: string, phone: string) => book(openid, { applicant: { name: '经办人', phone, company } })
    const made = [await by('oTEST_company_a', '13900000001'), await by('oTEST_company_b', '13900000002'), await by('oTEST_company_c', '13900000003')]
    expect(made.map(codeOf)).toEqual(['ok', 'ok', 'ok'])
    expect(codeOf(await by('oTEST_company_d', '13900000004'))).toBe('LIMIT_REACHED')
    const desk = await cloud.call('booking', 'appointments.request', { ...request({ applicant: { name: '经办人', phone: '13900000005', company } }), channel: 'phone' }, DESK)
    expect(codeOf(desk)).toBe('LIMIT_REACHED')
    // The people behind it book for themselves as before.
    expect(codeOf(await book('oTEST_company_a'))).toBe('ok')
  })
})

describe('the per-applicant cap per holiday (settings perApplicantCap, default 3)', () => {
  it('refuses the 4th active appointment with LIMIT_REACHED, and frees a place on cancellation', async () => {
    const citizen = 'oTEST_cap_sequential'
    const made = []
    for (let i = 0; i < 3; i++) made.push(await book(citizen, { date: `2026-10-0${i + 2}` }))
    expect(made.map(codeOf)).toEqual(['ok', 'ok', 'ok'])
    const fourth = await book(citizen, { date: '2026-10-05' })
    expect(fourth).toEqual({ ok: false, error: { code: 'LIMIT_REACHED', message: expect.stringMatching(/上限/) } })

    const first = made[0].data.appointment
    const cancelled = await cloud.call(
      'booking',
      'appointments.cancel',
      { appointmentId: first.id, version: first.version, requestId: newRequestId(), reason: '行程有变' },
      citizen,
    )
    expect(codeOf(cancelled)).toBe('ok')
    expect(codeOf(await book(citizen, { date: '2026-10-05' }))).toBe('ok')
    expect(codeOf(await book(citizen, { date: '2026-10-06' }))).toBe('LIMIT_REACHED')
  })

  it('repairs a ledger that still counts an appointment finished elsewhere', async () => {
    const citizen = 'oTEST_cap_repair'
    const made = []
    for (let i = 0; i < 3; i++) made.push((await book(citizen)).data.appointment)
    // Completed without going through runEvent: its place was never given back.
    await patchAppointment(made[0].id, { status: 'completed' })
    const fourth = await book(citizen)
    expect(codeOf(fourth)).toBe('ok')
    const ledgerId = (await stored(made[1].id)).capLedgerId
    const ledger = (await cloud.dump('appointmentCaps')).find((l) => l._id === ledgerId)
    expect(ledger.ids).toEqual([made[1].id, made[2].id, fourth.data.appointment.id])
    expect(ledger.count).toBe(3)
    expect(codeOf(await book(citizen))).toBe('LIMIT_REACHED')
  })

  it('lets exactly 3 of 10 simultaneous distinct requests through', async () => {
    const citizen = 'oTEST_cap_concurrent'
    const answers = await Promise.all(Array.from({ length: 10 }, () => book(citizen)))
    const codes = answers.map(codeOf)
    expect(codes.filter((c) => c === 'ok')).toHaveLength(3)
    expect(codes.filter((c) => c === 'LIMIT_REACHED')).toHaveLength(7)
    const docs = (await cloud.dump('appointments')).filter((a) => a.applicantOpenid === citizen)
    expect(docs).toHaveLength(3)
  }, 30_000)

  it('counts desk and phone registrations by the applicant phone', async () => {
    const phone = '13900001111'
    const codes = []
    for (let i = 0; i < 4; i++) codes.push(codeOf(await book(DESK, { channel: 'phone', applicant: { name: '赵四', phone } })))
    expect(codes).toEqual(['ok', 'ok', 'ok', 'LIMIT_REACHED'])
  })
})

describe('desk registration (R7, R8)', () => {
  it('R7 records a phone request with its channel and who registered it', async () => {
    const answer = await book(DESK, { channel: 'phone', applicant: { name: '王老汉', phone: '0533-3612345' } })
    expect(answer.ok).toBe(true)
    const doc = await stored(answer.data.appointment.id)
    expect(doc).toMatchObject({ channel: 'phone', registeredBy: 'staff-desk', applicant: { name: '王老汉', phone: '0533-3612345' } })
    expect(doc.applicantOpenid).toBeUndefined()
  })

  it('R8 records the registration as the desk member\'s step, not the applicant\'s', async () => {
    const answer = await book(DESK, { channel: 'desk', applicant: { name: '王大娘', phone: '13700005555' } })
    expect((await stored(answer.data.appointment.id)).timeline).toEqual([expect.objectContaining({ by: 'staff-desk', byRole: 'desk', event: 'request' })])
    expect(answer.data.appointment.timeline).toEqual([expect.objectContaining({ by: 'staff-desk', byRole: 'desk' })])
  })

  it('R7 refuses a citizen registering for someone else, and staff without the desk role', async () => {
    expect(codeOf(await book(ZHANG, { channel: 'desk' }))).toBe('FORBIDDEN')
    expect(codeOf(await book(STAFF, { channel: 'phone' }))).toBe('FORBIDDEN')
  })
})

describe('following an appointment: mine and get', () => {
  let mine: any
  beforeAll(async () => {
    mine = (await book(ZHANG, { date: '2026-10-03', applicant: { name: '张三', phone: '13812345678' } })).data.appointment
  })

  it('lists the caller own appointments, newest first', async () => {
    const answer = await cloud.call('booking', 'appointments.mine', {}, ZHANG)
    expect(answer.ok).toBe(true)
    const list = answer.data.appointments
    expect(list[0].id).toBe(mine.id)
    const docs = await cloud.dump('appointments')
    expect(list.every((a: any) => a.applicantOpenid === undefined && docs.find((d) => d._id === a.id).applicantOpenid === ZHANG)).toBe(true)
    const times = list.map((a: any) => a.createdAt)
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    const other = await cloud.call('booking', 'appointments.mine', {}, LIU)
    expect(other.data.appointments.some((a: any) => a.id === mine.id)).toBe(false)
  })

  it('shows an appointment to its applicant, and NOT_FOUND to another citizen as for an unknown id', async () => {
    expect((await cloud.call('booking', 'appointments.get', { appointmentId: mine.id }, ZHANG)).data.appointment.applicant.phone).toBe('13812345678')
    const other = await cloud.call('booking', 'appointments.get', { appointmentId: mine.id }, LIU)
    const unknown = await cloud.call('booking', 'appointments.get', { appointmentId: 'apt-000000000000' }, LIU)
    expect(other).toEqual(unknown)
    expect(codeOf(other)).toBe('NOT_FOUND')
  })

  it('shows the section everything, the window staff their appointments with the phone masked', async () => {
    const section = await cloud.call('booking', 'appointments.get', { appointmentId: mine.id }, SECTION)
    expect(section.data.appointment.applicant.phone).toBe('13812345678')
    expect(codeOf(await cloud.call('booking', 'appointments.get', { appointmentId: mine.id }, STAFF))).toBe('NOT_FOUND')

    await patchAppointment(mine.id, { leadWindowId: 'win-02', status: 'dispatched' })
    const staff = await cloud.call('booking', 'appointments.get', { appointmentId: mine.id }, STAFF)
    expect(staff.data.appointment.applicant.phone).toBe('138****5678')
    const leader = await cloud.call('booking', 'appointments.get', { appointmentId: mine.id }, LEADER)
    expect(leader.data.appointment.applicant.phone).toBe('13812345678')
    expect(codeOf(await cloud.call('booking', 'appointments.get', { appointmentId: mine.id }, 'oEXAMPLE_rs_staff'))).toBe('NOT_FOUND')
  })

  it('shows the desk the registrations it made, phone masked', async () => {
    const made = (await book(DESK, { channel: 'desk', applicant: { name: '钱五', phone: '13700002222' } })).data.appointment
    const desk = await cloud.call('booking', 'appointments.get', { appointmentId: made.id }, DESK)
    expect(desk.data.appointment.applicant.phone).toBe('137****2222')
    expect(codeOf(await cloud.call('booking', 'appointments.get', { appointmentId: mine.id }, DESK))).toBe('NOT_FOUND')
  })
})

describe('cancelling (R15)', () => {
  const cancel = (appointment: any, openid: string, extra: Record<string, unknown> = {}) =>
    cloud.call(
      'booking',
      'appointments.cancel',
      { appointmentId: appointment.id, version: appointment.version, requestId: newRequestId(), reason: '临时有事', ...extra },
      openid,
    )

  it('R15 lets the applicant cancel with a reason; a double tap answers the same result', async () => {
    const made = (await book(ZHANG, { date: '2026-10-04' })).data.appointment
    const input = { appointmentId: made.id, version: made.version, requestId: newRequestId(), reason: '临时有事' }
    const [a, b] = await Promise.all([
      cloud.call('booking', 'appointments.cancel', input, ZHANG),
      cloud.call('booking', 'appointments.cancel', input, ZHANG),
    ])
    expect([codeOf(a), codeOf(b)]).toEqual(['ok', 'ok'])
    expect(a.data.appointment).toMatchObject({ status: 'cancelled', version: 2, cancellation: { by: 'applicant', reason: '临时有事' } })
    const doc = await stored(made.id)
    expect(doc).toMatchObject({ status: 'cancelled', version: 2 })
    expect(doc.timeline).toHaveLength(2)
    expect(codeOf(await cancel({ ...made, version: 2 }, ZHANG))).toBe('INVALID_TRANSITION')
  })

  it('answers CONFLICT for a stale version and NOT_FOUND to another citizen', async () => {
    const made = (await book(ZHANG, { date: '2026-10-04' })).data.appointment
    expect(codeOf(await cancel(made, LIU))).toBe('NOT_FOUND')
    expect(codeOf(await cancel({ ...made, version: 7 }, ZHANG))).toBe('CONFLICT')
    // Window staff do not see an appointment not dispatched to their window: as for an unknown id.
    expect(codeOf(await cancel(made, STAFF))).toBe('NOT_FOUND')
    expect((await stored(made.id)).status).toBe('submitted')
    expect(codeOf(await cancel(made, ZHANG, { reason: '  ' }))).toBe('INVALID_INPUT')
  })

  it('R15 lets the desk cancel what it registered, with the reason, and tells the window and the applicant (by SMS, R11)', async () => {
    const made = (await book(DESK, { date: '2026-10-04', channel: 'phone', applicant: { name: '孙七', phone: '13500004444' } })).data.appointment
    await patchAppointment(made.id, { leadWindowId: 'win-02', status: 'dispatched' })
    const answer = await cancel(made, DESK, { reason: '申请人电话取消' })
    expect(answer.ok).toBe(true)
    expect((await stored(made.id)).cancellation).toMatchObject({ by: 'staff-desk', reason: '申请人电话取消' })
    const messages = (await cloud.dump('outbox')).filter((m) => m.appointmentId === made.id)
    expect(messages.map((m) => [m.to, m.template, m.status, m.channel ?? 'subscription'])).toEqual([
      ['window-staff', 'cancelled', 'pending', 'subscription'],
      ['applicant', 'cancelled', 'pending', 'sms'],
    ])
  })

  it('R15 the desk cannot cancel a citizen\'s own appointment: NOT_FOUND, as for an unknown id, and nothing changes', async () => {
    const made = (await book('oTEST_not_the_desks', { date: '2026-10-04' })).data.appointment
    await patchAppointment(made.id, { leadWindowId: 'win-02', status: 'dispatched' })
    const answer = await cancel(made, DESK, { reason: '申请人电话取消' })
    expect(answer).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到相关记录' } })
    expect(await stored(made.id)).toMatchObject({ status: 'dispatched', version: made.version })
  })
})

describe('acknowledging the completion record (R19)', () => {
  it('R19 lets only the applicant acknowledge, only once completed', async () => {
    const made = (await book(LIU, { date: '2026-10-05', applicant: { name: '刘一', phone: '13612345678' } })).data.appointment
    const ack = (openid: string, version: number) =>
      cloud.call('booking', 'appointments.acknowledge', { appointmentId: made.id, version, requestId: newRequestId() }, openid)
    expect(codeOf(await ack(LIU, 1))).toBe('INVALID_TRANSITION')

    await patchAppointment(made.id, { status: 'completed', version: 5 })
    expect(codeOf(await ack(ZHANG, 5))).toBe('NOT_FOUND')
    expect(codeOf(await ack(SECTION, 5))).toBe('FORBIDDEN')
    const answer = await ack(LIU, 5)
    expect(answer.ok).toBe(true)
    expect(answer.data.appointment).toMatchObject({ status: 'acknowledged', version: 6, acknowledgedAt: expect.any(Number) })
  })
})

describe('bad input is refused before anything is read or written', () => {
  const WRITTEN = ['appointments', 'appointmentCaps', 'outbox']
  const snapshot = async () => Promise.all(WRITTEN.map((c) => cloud.dump(c)))

  it.each([
    ['an operator as an item id', { itemIds: [{ $gt: '' }] }],
    ['an operator as the request id', { requestId: { $gt: '' } }],
    ['30 February', { date: '2026-02-30' }],
    ['a control character in the name', { applicant: { name: '张\u0000三', phone: '13812345678' } }],
    ['a bidi override in the name', { applicant: { name: '张\u202e三', phone: '13812345678' } }],
    ['an emoji in the name', { applicant: { name: '张三😀', phone: '13812345678' } }],
    ['a phone that is not one', { applicant: { name: '张三', phone: '12345' } }],
    ['an unknown channel', { channel: 'fax' }],
    ['no items', { itemIds: [] }],
  ])('refuses %s with INVALID_INPUT', async (_label, overrides) => {
    const before = await snapshot()
    const { body: answer, dbRequests } = await callCounted('appointments.request', request(overrides), ZHANG)
    expect(dbRequests).toBe(0)
    expect(answer.ok).toBe(false)
    expect(answer.error.code).toBe('INVALID_INPUT')
    expect(answer.error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await snapshot()).toEqual(before)
  })

  it.each([
    ['appointments.get', { appointmentId: { $gt: '' } }],
    ['appointments.cancel', { appointmentId: { $gt: '' }, version: 1, requestId: 'abcdefgh12', reason: '有事' }],
    ['appointments.acknowledge', { appointmentId: 'apt-1', version: { $gt: 0 }, requestId: 'abcdefgh12' }],
  ])('refuses an operator in %s with INVALID_INPUT', async (action, input) => {
    const before = await snapshot()
    expect(codeOf(await cloud.call('booking', action, input, ZHANG))).toBe('INVALID_INPUT')
    expect(await snapshot()).toEqual(before)
  })
})

describe('database requests per action (issue 8 budget)', () => {
  it('makes at most 5 for a citizen first request of a holiday on a warm instance: 3, and 2 for the reference number (R8)', async () => {
    // A cold instance also reads the calendar and settings (2 more) before keeping them for 30 s;
    // sequential calls after a warm-up land on a warm instance.
    await callCounted('appointments.request', request(), 'oTEST_budget_warmup')
    const firsts = []
    for (const citizen of ['oTEST_budget_1', 'oTEST_budget_2', 'oTEST_budget_3']) firsts.push(await callCounted('appointments.request', request(), citizen))
    const citizen = 'oTEST_budget_1'
    const second = await callCounted('appointments.request', request(), citizen)
    const repeat = await callCounted('appointments.request', { ...request(), requestId: firsts[0].body.data.appointment.requestId }, citizen)
    const mine = await callCounted('appointments.mine', {}, citizen)
    const get = await callCounted('appointments.get', { appointmentId: firsts[0].body.data.appointment.id }, citizen)
    const appointment = second.body.data.appointment
    const cancel = await callCounted(
      'appointments.cancel',
      { appointmentId: appointment.id, version: appointment.version, requestId: newRequestId(), reason: '测试' },
      citizen,
    )
    const desk = await callCounted('appointments.request', request({ channel: 'desk', applicant: { name: '孙六', phone: '13500003333' } }), DESK)
    const counts = {
      first: firsts.map((f) => f.dbRequests),
      second: second.dbRequests,
      repeat: repeat.dbRequests,
      desk: desk.dbRequests,
      mine: mine.dbRequests,
      get: get.dbRequests,
      cancel: cancel.dbRequests,
    }
    console.log('[db requests]', JSON.stringify(counts))
    expect([...firsts, second, repeat, mine, get, cancel, desk].every((c) => c.body.ok)).toBe(true)
    expect(repeat.body.data.appointment.id).toBe(firsts[0].body.data.appointment.id)
    expect(Math.min(...counts.first)).toBeLessThanOrEqual(5)
    expect(Math.max(...counts.first)).toBeLessThanOrEqual(7)
    expect(mine.dbRequests).toBe(1)
  })
})
