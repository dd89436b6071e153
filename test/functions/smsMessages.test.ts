import { startCloud, type Cloud } from '../support/cloud'

/**
 * SMS for applicants without the mini-program (R11, R20) on the emulator: the
 * outbox routes an applicant's message by what they have (an OPENID: a
 * subscription message; a mobile: an SMS; a landline: `failed` with the
 * reason), and `scheduler` sends SMS through the real Tencent Cloud SMS SDK to
 * the emulator's stand-in (`/__dev/sms`), with the same attempts and outcomes.
 */
const DESK = 'oEXAMPLE_desk_zhao'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const SECTION = 'oEXAMPLE_section_li'
const ADMIN = 'oEXAMPLE_admin_wang'
const COMPLAINT = 'ex-COMPLAINT-Rz6vN1bM4kJ7hG2fD5sA8pO3iU9yT0eWq'

const BEFORE_DEADLINE = '2026-09-30T10:00:00+08:00'
const HOLIDAY = '2026-10-02'

jest.setTimeout(60_000)

let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock(BEFORE_DEADLINE)
}, 90_000)
afterAll(() => cloud?.close())

let seq = 0
const newRequestId = () => `sms-${Date.now().toString(36)}-${++seq}`
const codeOf = (answer: any) => (answer.ok ? 'ok' : answer.error.code)
const stored = async (id: string) => (await cloud.dump('appointments')).find((a) => a._id === id)
const messagesOf = async (appointmentId: string, template: string) =>
  (await cloud.dump('outbox')).filter((m) => m.appointmentId === appointmentId && m.template === template)

async function post(path: string, body: unknown = {}) {
  const res = await fetch(`${cloud.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  expect(res.ok).toBe(true)
  return res.json()
}
async function fire() {
  const fired = await post('/__dev/triggers/scheduler')
  expect(fired).toMatchObject({ ok: true, value: { ok: true } })
  expect(fired.value.data.errors).toBeUndefined()
  return fired.value.data
}
async function smsTo(phoneNumber: string): Promise<any[]> {
  const res = await fetch(`${cloud.url}/__dev/sms?limit=1000`)
  return ((await res.json()).messages as any[]).filter((m) => m.phoneNumber === phoneNumber)
}

async function step(action: string, id: string, openid: string, payload: Record<string, unknown> = {}) {
  const { version } = await stored(id)
  return cloud.call('counter', action, { appointmentId: id, version, requestId: newRequestId(), ...payload }, openid)
}

/** Registered by the desk for a caller (R7), dispatched, assigned and confirmed at 09:00. */
async function phoneBookingConfirmed(phone: string, itemId = 'item-001'): Promise<{ id: string; referenceNo: string }> {
  const made = await cloud.call(
    'booking',
    'appointments.request',
    { requestId: newRequestId(), itemIds: [itemId], date: HOLIDAY, halfDay: 'am', channel: 'phone', applicant: { name: '王大爷', phone } },
    DESK,
  )
  expect(codeOf(made)).toBe('ok')
  const { id, version, referenceNo } = made.data.appointment
  expect(codeOf(await cloud.call('section', 'appointments.dispatch', { appointmentId: id, version, requestId: newRequestId(), leadWindowId: 'win-02' }, SECTION))).toBe('ok')
  expect(codeOf(await step('appointments.assign', id, LEADER, { staffId: 'staff-scjg-1' }))).toBe('ok')
  const contact = { note: '已电话告知所需材料', materialsToldInFull: true }
  expect(codeOf(await step('appointments.confirm', id, STAFF, { agreedTime: '09:00', contact }))).toBe('ok')
  return { id, referenceNo }
}

describe('an applicant registered by phone (R11)', () => {
  it('R11 gets the confirmation by SMS, naming the agreed time, the place, what to bring and the reference number', async () => {
    const booking = await phoneBookingConfirmed('13800001001')
    const [queued] = await messagesOf(booking.id, 'confirmed')
    expect(queued).toMatchObject({ channel: 'sms', phone: '+8613800001001', touser: null, status: 'pending' })
    const run = await fire()
    expect(run.outbox.sent).toBeGreaterThanOrEqual(1)
    const [sms] = await smsTo('+8613800001001')
    expect(sms).toMatchObject({ code: 'Ok', templateId: '2100001', signName: '沂源县政务服务中心' })
    expect(sms.text).toContain('2026年10月2日 09:00')
    expect(sms.text).toContain(booking.referenceNo)
    expect(sms.text).toMatch(/^【沂源县政务服务中心】您预约办理的.+已确认/)
    expect(sms.text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    const [record] = await messagesOf(booking.id, 'confirmed')
    expect(record).toMatchObject({ status: 'sent', attempts: 1, code: 'Ok', deliveries: [{ touser: '+8613800001001', ok: true, code: 'Ok' }] })
  })

  it('R11 records a message to a landline as failed with the reason, never sends it, and the step succeeds', async () => {
    const booking = await phoneBookingConfirmed('0533-3612345')
    const [record] = await messagesOf(booking.id, 'confirmed')
    expect(record).toMatchObject({ channel: 'sms', status: 'failed', retryable: false, attempts: 0, phone: '0533-3612345' })
    expect(record.errMsg).toBe('申请人电话不是手机号，不能接收短信，未发送；请窗口电话告知申请人')
    await fire()
    expect((await messagesOf(booking.id, 'confirmed'))[0]).toMatchObject({ status: 'failed', attempts: 0 })
  })

  it('R11 skips an SMS whose kind has no template in the settings, saying so in Chinese', async () => {
    const { version } = (await cloud.call('admin', 'settings.get', {}, ADMIN)).data
    const off = await cloud.call('admin', 'settings.update', { version, patch: { sms: { templates: { confirmed: null } } } }, ADMIN)
    expect(codeOf(off)).toBe('ok')
    // a warm instance reads the settings again after REFERENCE_TTL_MS (server/referenceData.ts)
    await post('/__dev/clock', { advanceMinutes: 1 })
    try {
      const booking = await phoneBookingConfirmed('13800001002')
      await fire()
      const [record] = await messagesOf(booking.id, 'confirmed')
      expect(record).toMatchObject({ status: 'skipped', retryable: false })
      expect(record.errMsg).toBe('未设置“预约确认”的短信模板，短信未发送；请管理员在设置中填写短信模板编号')
      expect(await smsTo('+8613800001002')).toEqual([])
    } finally {
      const now = (await cloud.call('admin', 'settings.get', {}, ADMIN)).data.version
      const back = await cloud.call('admin', 'settings.update', { version: now, patch: { sms: { templates: { confirmed: { templateId: '2100001', params: ['items', 'dateTime', 'window', 'materials', 'reference'] } } } } }, ADMIN)
      expect(codeOf(back)).toBe('ok')
      await post('/__dev/clock', { advanceMinutes: 1 })
    }
  })

  it('refuses SMS settings Tencent would not take, in Chinese, and saves nothing', async () => {
    const { version } = (await cloud.call('admin', 'settings.get', {}, ADMIN)).data
    const bad = await cloud.call('admin', 'settings.update', { version, patch: { sms: { sdkAppId: '14000', signName: '【沂源】' } } }, ADMIN)
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(Object.values(bad.error.fields ?? {}).join()).toMatch(/短信应用编号|短信签名/)
    expect((await cloud.call('admin', 'settings.get', {}, ADMIN)).data.version).toBe(version)
  })

  it('R11 retries an SMS through an outage, at most 3 attempts, and ends it failed; the step never fails', async () => {
    await post('/__dev/faults', { sms: { rate: 1, errors: ['InternalError.Timeout', 'network'] } })
    try {
      const booking = await phoneBookingConfirmed('13800001003')
      await fire()
      expect((await messagesOf(booking.id, 'confirmed'))[0]).toMatchObject({ status: 'failed', attempts: 1, retryable: true, code: 'InternalError.Timeout' })
      await fire()
      expect((await messagesOf(booking.id, 'confirmed'))[0]).toMatchObject({ status: 'failed', attempts: 2, retryable: true, code: '' })
      await fire()
      const [last] = await messagesOf(booking.id, 'confirmed')
      expect(last).toMatchObject({ status: 'failed', attempts: 3, retryable: false })
      await fire()
      expect((await messagesOf(booking.id, 'confirmed'))[0].attempts).toBe(3)
      expect(await smsTo('+8613800001003')).toEqual([])
    } finally {
      await post('/__dev/faults', { sms: null })
    }
  })

  it('R11 reminds a phone applicant the day before by SMS', async () => {
    const booking = await phoneBookingConfirmed('13800001004')
    await fire()
    // moving the clock runs the timer trigger on its way, as the platform would have
    await cloud.setClock('2026-10-01T09:30:00+08:00')
    try {
      await fire()
      const [reminder] = await messagesOf(booking.id, 'reminder')
      expect(reminder).toMatchObject({ channel: 'sms', status: 'sent' })
      const texts = (await smsTo('+8613800001004')).map((m) => m.text)
      expect(texts).toEqual([expect.stringContaining('已确认'), expect.stringMatching(/^【沂源县政务服务中心】提醒您：预约办理的.+在2026年10月2日 09:00/)])
    } finally {
      await cloud.setClock(BEFORE_DEADLINE)
    }
  })
})

describe('what the admin sees of undelivered messages (R11)', () => {
  it('R11 lists the messages that ended undelivered, newest first, each with its reason in Chinese, to the admin only', async () => {
    const landline = await phoneBookingConfirmed('0533-3619999')
    const answer = await cloud.call('admin', 'messages.issues', {}, ADMIN)
    expect(codeOf(answer)).toBe('ok')
    const shown = answer.data.items.find((m: any) => m.referenceNo === landline.referenceNo)
    expect(shown).toMatchObject({
      kindName: '预约确认',
      channelName: '短信',
      toName: '申请人',
      statusName: '发送失败',
      reason: '申请人电话不是手机号，不能接收短信，未发送；请窗口电话告知申请人',
    })
    const times = answer.data.items.map((m: any) => m.at)
    expect(times).toEqual([...times].sort((a, b) => b - a))
    // what the admin reads: no code, id or English (docs/style.md, 11)
    const words = answer.data.items.flatMap((m: any) => [m.kindName, m.channelName, m.toName, m.statusName, m.reason])
    expect(words.filter((w: string) => /[A-Za-z]/.test(w))).toEqual([])
    expect(codeOf(await cloud.call('admin', 'messages.issues', {}, SECTION))).toBe('FORBIDDEN')
  })
})

describe('a resolved complaint tells the complainant (R20)', () => {
  const complaintMessages = async (complaintId: string) => (await cloud.dump('outbox')).filter((m) => m.subject?.kind === 'complaint' && m.subject.id === complaintId)

  it('R20 sends the answer to a 12345 complaint by SMS to the caller’s mobile, once', async () => {
    const taken = await cloud.call('section', 'complaints.register', { requestId: newRequestId(), channel: '12345', callerName: '王先生', callerPhone: '13900002001', windowId: 'win-02', text: '办理营业执照变更跑了三趟' }, SECTION)
    expect(codeOf(taken)).toBe('ok')
    const complaint = taken.data.complaint
    const input = { complaintId: complaint.id, version: complaint.version, requestId: newRequestId(), note: '已核实，窗口已整改，今后一次办结', upheld: true, calledBack: true }
    expect(codeOf(await cloud.call('section', 'complaints.resolve', input, SECTION))).toBe('ok')
    expect(codeOf(await cloud.call('section', 'complaints.resolve', input, SECTION))).toBe('ok')
    const queued = await complaintMessages(complaint.id)
    expect(queued).toEqual([expect.objectContaining({ template: 'complaint_resolved', channel: 'sms', phone: '+8613900002001', status: 'pending' })])
    await fire()
    const [sms] = await smsTo('+8613900002001')
    expect(sms).toMatchObject({ code: 'Ok', templateId: '2100006' })
    expect(sms.text).toBe('【沂源县政务服务中心】您反映的问题（办理营业执照变更跑了三趟）已处理：已核实，窗口已整改，今后一次办结。如有疑问请致电0533-3618118。')
  })

  it('R20 sends a mini-program complainant a subscription message, if they allowed it where they complained', async () => {
    const citizen = `oTEST_sms_complainant_${++seq}`
    const { errMsg: _errMsg, ...answers } = await post('/__dev/subscribe', { openid: citizen, tmplIds: [COMPLAINT] })
    expect(codeOf(await cloud.call('booking', 'subscriptions.grant', { requestId: newRequestId(), answers }, citizen))).toBe('ok')
    const filed = await cloud.call('booking', 'complaints.submit', { requestId: newRequestId(), text: '大厅空调太冷' }, citizen)
    expect(codeOf(filed)).toBe('ok')
    const complaint = filed.data.complaint
    const resolved = await cloud.call('section', 'complaints.resolve', { complaintId: complaint.id, version: complaint.version, requestId: newRequestId(), note: '已调高温度', upheld: false }, SECTION)
    expect(codeOf(resolved)).toBe('ok')
    expect(await complaintMessages(complaint.id)).toEqual([expect.objectContaining({ channel: 'subscription', touser: citizen })])
    await fire()
    const res = await fetch(`${cloud.url}/__dev/outbox?limit=1000`)
    const delivered = ((await res.json()).messages as any[]).filter((m) => m.touser === citizen && m.templateId === COMPLAINT)
    expect(delivered).toHaveLength(1)
    expect(delivered[0]).toMatchObject({ errcode: 0, page: 'packages/citizen/pages/complaints/index' })
    expect(delivered[0].data.thing1.value).toBe('大厅空调太冷')
    expect(delivered[0].data.thing2.value).toBe('已调高温度')
  })
})
