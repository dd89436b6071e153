import { startCloud, type Cloud } from '../support/cloud'

/**
 * `booking` `appointments.claimByPhone` on the emulator (认领, R7): a desk or
 * phone registration becomes the citizen's own once WeChat's phone-number
 * button proves the number — the code minted by `/__dev/phonecode` as the
 * button would hand it to the page, exchanged through the real
 * `cloud.openapi.phonenumber.getPhoneNumber`. Then the citizen follows,
 * cancels, acknowledges (R19) and reviews (R20) it as if booked in the app.
 */
const ZHANG = 'oEXAMPLE_citizen_zhang'
const DESK = 'oEXAMPLE_desk_zhao'
const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
/** The caller whose WeChat number is X, and two others. */
const WANG = 'oTEST_claim_wang'
const SUN = 'oTEST_claim_sun'
const QIAN = 'oTEST_claim_qian'

const X = '13700001111'
const Y = '13700002222'
const Z = '13700003333'
const W = '13700004444'

const BEFORE_DEADLINE = '2026-09-30T16:59:00+08:00'
const HOLIDAY = '2026-10-02'
const at = (time: string) => Date.parse(`${HOLIDAY}T${time}:00+08:00`)

let cloud: Cloud
let seq = 0
const newRequestId = () => `claim-${Date.now().toString(36)}-${++seq}`
const codeOf = (answer: any) => (answer.ok ? 'ok' : answer.error.code)
const stored = async (id: string) => (await cloud.dump('appointments')).find((a) => a._id === id)

async function phoneCode(phoneNumber: string): Promise<string> {
  const res = await fetch(`${cloud.url}/__dev/phonecode`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phoneNumber }) })
  return ((await res.json()) as { code: string }).code
}

const claim = async (openid: string | undefined, phone: string) => cloud.call('booking', 'appointments.claimByPhone', { code: await phoneCode(phone) }, openid)

/** The desk registers a phone request for `phone`; answers the appointment as the desk saw it (with the 预约编号 it reads back). */
async function register(phone: string, overrides: Record<string, unknown> = {}) {
  const answer = await cloud.call(
    'booking',
    'appointments.request',
    { requestId: newRequestId(), itemIds: ['item-001'], date: HOLIDAY, halfDay: 'am', applicant: { name: '王大爷', phone }, channel: 'phone', ...overrides },
    DESK,
  )
  expect(codeOf(answer)).toBe('ok')
  return answer.data.appointment
}

async function step(fn: string, action: string, id: string, openid: string, payload: Record<string, unknown> = {}) {
  const { version } = await stored(id)
  return cloud.call(fn, action, { appointmentId: id, version, requestId: newRequestId(), ...payload }, openid)
}

async function stepOk(fn: string, action: string, id: string, openid: string, payload: Record<string, unknown> = {}) {
  const answer = await step(fn, action, id, openid, payload)
  expect(codeOf(answer)).toBe('ok')
  return answer
}

beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock(BEFORE_DEADLINE)
}, 60_000)
afterAll(() => cloud?.close())

describe('a phone or desk booking becomes the citizen’s own (R7)', () => {
  const made: Record<string, any> = {}

  beforeAll(async () => {
    made.first = await register(X)
    made.second = await register(X, { date: '2026-10-03', channel: 'desk' })
    made.other = await register(Y)
    const app = await cloud.call('booking', 'appointments.request', { requestId: newRequestId(), itemIds: ['item-001'], date: HOLIDAY, halfDay: 'pm', applicant: { name: '张三', phone: X } }, ZHANG)
    expect(codeOf(app)).toBe('ok')
    made.app = app.data.appointment
  })

  it('R7 links only the registrations for the verified number that have no OPENID, and says how many', async () => {
    const answer = await claim(WANG, X)
    expect(answer).toEqual({ ok: true, data: { claimed: 2, phone: '137****1111' } })

    for (const key of ['first', 'second']) {
      const doc = await stored(made[key].id)
      expect(doc).toMatchObject({ applicantOpenid: WANG, referenceNo: made[key].referenceNo, status: 'submitted', version: made[key].version + 1 })
      expect(doc.timeline.at(-1)).toEqual({ at: expect.any(Number), by: WANG, byRole: 'applicant', event: 'claim', status: 'submitted', note: '微信手机号验证' })
    }
    // a different number's registration and an app user's own booking with the same phone stay as they were
    expect((await stored(made.other.id)).applicantOpenid).toBeUndefined()
    expect(await stored(made.app.id)).toMatchObject({ applicantOpenid: ZHANG, version: made.app.version })
    // the verified number is kept for the caller, and nothing more
    expect((await cloud.dump('verifiedPhones')).find((p) => p._id === WANG)).toEqual({ _id: WANG, phone: X, verifiedAt: expect.any(Number) })
  })

  it('R7 shows them in 我的预约 and on the appointment page with the 预约编号 the desk read back', async () => {
    const mine = await cloud.call('booking', 'appointments.mine', {}, WANG)
    const listed = mine.data.appointments.map((a: any) => [a.id, a.referenceNo, a.applicant.phone])
    expect(listed).toEqual(
      expect.arrayContaining([
        [made.first.id, made.first.referenceNo, X],
        [made.second.id, made.second.referenceNo, X],
      ]),
    )
    expect(listed).toHaveLength(2)
    const page = await cloud.call('booking', 'appointments.get', { appointmentId: made.first.id }, WANG)
    expect(page.data.appointment).toMatchObject({ referenceNo: made.first.referenceNo, timeline: expect.arrayContaining([expect.objectContaining({ event: 'claim', by: 'applicant' })]) })
    expect(JSON.stringify(page)).not.toContain(WANG)
    // the app user keeps seeing only their own booking; another citizen sees nothing of the claimed one
    expect((await cloud.call('booking', 'appointments.mine', {}, ZHANG)).data.appointments.map((a: any) => a.id)).not.toContain(made.first.id)
    expect(codeOf(await cloud.call('booking', 'appointments.get', { appointmentId: made.first.id }, SUN))).toBe('NOT_FOUND')
  })

  it('R7 claims nothing for a different number, and nothing twice', async () => {
    const before = await cloud.dump('appointments')
    expect(await claim(SUN, Z)).toEqual({ ok: true, data: { claimed: 0, phone: '137****3333' } })
    expect(await claim(WANG, X)).toEqual({ ok: true, data: { claimed: 0, phone: '137****1111' } })
    expect(await cloud.dump('appointments')).toEqual(before)
  })

  it('R7 never takes an app user’s booking with the same phone, whoever verifies it', async () => {
    await claim(QIAN, X)
    expect(await stored(made.app.id)).toMatchObject({ applicantOpenid: ZHANG })
    expect((await stored(made.first.id)).applicantOpenid).toBe(WANG)
    // the number has passed to QIAN: WANG's record of it is gone, WANG keeps what was claimed
    expect((await cloud.dump('verifiedPhones')).filter((p) => p.phone === X).map((p) => p._id)).toEqual([QIAN])
    await claim(WANG, X)
  })

  it('R7 links a registration the desk makes later for the verified number at once, saying so in its history', async () => {
    const later = await register(X, { date: '2026-10-04' })
    const doc = await stored(later.id)
    expect(doc).toMatchObject({ applicantOpenid: WANG, channel: 'phone', registeredBy: 'staff-desk', referenceNo: later.referenceNo })
    expect(doc.timeline.map((t: any) => [t.event, t.byRole])).toEqual([
      ['request', 'desk'],
      ['claim', 'applicant'],
    ])
    expect(doc.timeline[1].note).toBe('微信手机号验证（登记时按已验证的手机号关联）')
    // the desk still sees what it registered
    expect(codeOf(await cloud.call('booking', 'appointments.get', { appointmentId: later.id }, DESK))).toBe('ok')
    expect((await cloud.call('booking', 'appointments.mine', {}, WANG)).data.appointments.map((a: any) => a.id)).toContain(later.id)
    // a number nobody verified stays unlinked
    expect((await stored((await register(Y, { date: '2026-10-04' })).id)).applicantOpenid).toBeUndefined()
  })

  it('R15 lets the claimant cancel, and no other citizen', async () => {
    expect(codeOf(await step('booking', 'appointments.cancel', made.second.id, SUN, { reason: '行程有变' }))).toBe('NOT_FOUND')
    expect(codeOf(await step('booking', 'appointments.cancel', made.second.id, ZHANG, { reason: '行程有变' }))).toBe('NOT_FOUND')
    const answer = await stepOk('booking', 'appointments.cancel', made.second.id, WANG, { reason: '行程有变' })
    expect(answer.data.appointment).toMatchObject({ status: 'cancelled', referenceNo: made.second.referenceNo, cancellation: { by: 'applicant', reason: '行程有变' } })
  })

  it('R19 R20 lets the claimant acknowledge and review the served record, and nobody else', async () => {
    const id = made.first.id
    await stepOk('section', 'appointments.dispatch', id, SECTION, { leadWindowId: 'win-02', assistingWindowIds: [] })
    await stepOk('counter', 'appointments.assign', id, LEADER, { staffId: 'staff-scjg-1' })
    await stepOk('counter', 'appointments.confirm', id, STAFF, { agreedTime: '09:00', contact: { note: '已电话告知所需材料', materialsToldInFull: true } })
    // the confirmation now goes to the claimant's OPENID (a subscription message), not to nobody
    expect((await cloud.dump('outbox')).filter((m) => m.appointmentId === id).map((m) => m.touser)).toContain(WANG)
    await cloud.setClock(`${HOLIDAY}T11:30:00+08:00`)
    await stepOk('counter', 'appointments.start', id, STAFF)
    await stepOk('counter', 'appointments.complete', id, STAFF, { result: '已办结', startedAt: at('09:00'), endedAt: at('09:20'), reason: '补录实际办理时间' })

    expect(codeOf(await step('booking', 'appointments.acknowledge', id, ZHANG))).toBe('NOT_FOUND')
    expect(codeOf(await step('booking', 'appointments.acknowledge', id, DESK))).toBe('FORBIDDEN')
    expect((await stepOk('booking', 'appointments.acknowledge', id, WANG)).data.appointment.status).toBe('acknowledged')

    const review = (openid: string) => cloud.call('booking', 'reviews.submit', { appointmentId: id, requestId: newRequestId(), level: 'satisfied' }, openid)
    expect(codeOf(await review(ZHANG))).not.toBe('ok')
    expect(codeOf(await review(WANG))).toBe('ok')
  })
})

describe('a code that proves nothing links nothing (R7)', () => {
  it('R7 refuses a used or expired code in Chinese, links nothing and keeps no number', async () => {
    await cloud.setClock(BEFORE_DEADLINE)
    const waiting = await register(W, { date: '2026-10-05' })
    const before = { appointments: await cloud.dump('appointments'), phones: await cloud.dump('verifiedPhones') }

    const used = await phoneCode(W)
    expect(codeOf(await cloud.call('booking', 'phone.fromCode', { code: used }, SUN))).toBe('ok')
    const refused = await cloud.call('booking', 'appointments.claimByPhone', { code: used }, SUN)
    expect(refused).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '微信手机号授权已失效，请重新点击“用手机号查找”按钮', fields: { code: '微信手机号授权已失效，请重新点击“用手机号查找”按钮' } },
    })

    const expired = await phoneCode(W)
    await cloud.setClock('2026-09-30T17:05:00+08:00')
    expect(await cloud.call('booking', 'appointments.claimByPhone', { code: expired }, SUN)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })

    expect(await cloud.call('booking', 'appointments.claimByPhone', { code: 'not a code!' }, SUN)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { code: '手机号授权码格式不正确，请重新点击按钮' } },
    })
    expect(await cloud.dump('appointments')).toEqual(before.appointments)
    expect(await cloud.dump('verifiedPhones')).toEqual(before.phones)
    expect((await stored(waiting.id)).applicantOpenid).toBeUndefined()
  })
})
