import { startCloud, type Cloud } from '../support/cloud'

/**
 * Reviews (好差评), follow-ups, return visits (回访) and complaints on the
 * emulator (R20, issue 7): who may do what, once only, bad input that writes
 * nothing, deadlines in working days and overdue marks on the function's clock.
 */
const ZHANG = 'oEXAMPLE_citizen_zhang'
const LIU = 'oEXAMPLE_citizen_liu'
const HE = 'oEXAMPLE_citizen_he'
const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const DESK = 'oEXAMPLE_desk_zhao'

const BEFORE_DEADLINE = '2026-09-30T16:59:00+08:00'
const HOLIDAY = '2026-10-02'
/** Friday after 国庆: 5 working days on are Sat 10 (调休), Mon 12 … Thu 15 October. */
const AFTER = '2026-10-09T10:00:00+08:00'
const DUE = Date.parse('2026-10-15T17:00:00+08:00')
const at = (time: string) => Date.parse(`${HOLIDAY}T${time}:00+08:00`)

let cloud: Cloud
let seq = 0
const newRequestId = () => `feedback-${Date.now().toString(36)}-${++seq}`
const codeOf = (answer: any) => (answer.ok ? 'ok' : answer.error.code)
const stored = async (collection: string, id: string) => (await cloud.dump(collection)).find((d) => d._id === id)
const snapshot = async () => ({ reviews: await cloud.dump('reviews'), complaints: await cloud.dump('complaints'), visits: await cloud.dump('visits') })
/** The emulator's clock runs on from the time set: an instant within a minute after it. */
const justAfter = (iso: string) => ({
  asymmetricMatch: (n: unknown) => typeof n === 'number' && n >= Date.parse(iso) && n < Date.parse(iso) + 60_000,
  toString: () => `justAfter(${iso})`,
})

/** Calls an action and answers the body with the database requests it made (`X-Db-Requests`). */
async function callCounted(fn: string, action: string, input: unknown, openid?: string): Promise<{ body: any; dbRequests: number }> {
  const res = await fetch(`${cloud.url}/__dev/call/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
    body: JSON.stringify({ action, input }),
  })
  return { body: await res.json(), dbRequests: Number(res.headers.get('x-db-requests')) }
}

async function step(fn: string, action: string, id: string, openid: string, payload: Record<string, unknown> = {}) {
  const { version } = await stored('appointments', id)
  const answer = await cloud.call(fn, action, { appointmentId: id, version, requestId: newRequestId(), ...payload }, openid)
  expect(codeOf(answer)).toBe('ok')
  return answer
}

/** A citizen's request for item-001, dispatched to window 2, assigned and confirmed for `time` (clock before the deadline). */
async function confirmed(openid: string, time: string): Promise<string> {
  const made = await cloud.call(
    'booking',
    'appointments.request',
    { requestId: newRequestId(), itemIds: ['item-001'], date: HOLIDAY, halfDay: 'am', applicant: { name: '张三', phone: '13812345678' } },
    openid,
  )
  expect(codeOf(made)).toBe('ok')
  const id: string = made.data.appointment.id
  await step('section', 'appointments.dispatch', id, SECTION, { leadWindowId: 'win-02', assistingWindowIds: [] })
  await step('counter', 'appointments.assign', id, LEADER, { staffId: 'staff-scjg-1' })
  await step('counter', 'appointments.confirm', id, STAFF, { agreedTime: time, contact: { note: '已电话告知所需材料', materialsToldInFull: true } })
  return id
}

/** Served on the holiday (clock on the holiday). */
async function complete(id: string, time: string): Promise<void> {
  await step('counter', 'appointments.start', id, STAFF)
  // Started in the app later than `time`: the earlier start needs its reason (issue 13, item 4).
  await step('counter', 'appointments.complete', id, STAFF, { result: '已办结', startedAt: at(time), endedAt: at(time) + 20 * 60_000, reason: '补录实际办理时间' })
}

/** ZHANG's completed appointment, LIU's completed one, a fourth citizen's acknowledged one, and HE's only confirmed. */
const ids = { zhang: '', liu: '', acknowledged: '', he: '', extra: '' }
const OTHER = 'oTEST_feedback_other'
const EXTRA = 'oTEST_feedback_extra'

beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock(BEFORE_DEADLINE)
  ids.zhang = await confirmed(ZHANG, '09:00')
  ids.liu = await confirmed(LIU, '09:30')
  ids.acknowledged = await confirmed(OTHER, '10:00')
  ids.extra = await confirmed(EXTRA, '10:30')
  ids.he = await confirmed(HE, '11:00')
  await cloud.setClock(`${HOLIDAY}T11:30:00+08:00`)
  await complete(ids.zhang, '09:00')
  await complete(ids.liu, '09:30')
  await complete(ids.acknowledged, '10:00')
  await complete(ids.extra, '10:30')
  await step('booking', 'appointments.acknowledge', ids.acknowledged, OTHER)
  await cloud.setClock(AFTER)
}, 120_000)
afterAll(() => cloud?.close())

const review = (appointmentId: string, level: string, extra: Record<string, unknown> = {}) => ({ appointmentId, requestId: newRequestId(), level, ...extra })

describe('reviews.submit (R20 好差评)', () => {
  it('R20 refuses everyone but the applicant with NOT_FOUND and writes nothing', async () => {
    const before = await snapshot()
    for (const openid of [LIU, STAFF, LEADER, SECTION, DESK, undefined]) {
      expect(codeOf(await cloud.call('booking', 'reviews.submit', review(ids.zhang, 'satisfied'), openid))).toBe('NOT_FOUND')
    }
    expect(codeOf(await cloud.call('booking', 'reviews.submit', review('apt-000000000000', 'satisfied'), ZHANG))).toBe('NOT_FOUND')
    expect(await snapshot()).toEqual(before)
  })

  it('R20 refuses a review before the appointment is completed', async () => {
    const answer = await cloud.call('booking', 'reviews.submit', review(ids.he, 'satisfied'), HE)
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', message: '办理完成后才能评价' } })
    expect(await stored('reviews', ids.he)).toBeUndefined()
  })

  it('R20 takes a 不满意 review with a comment and opens a follow-up due in 5 working days (调休 Saturday counted)', async () => {
    const answer = await cloud.call('booking', 'reviews.submit', review(ids.zhang, 'dissatisfied', { comment: '  等候时间太长  ' }), ZHANG)
    expect(answer.ok).toBe(true)
    expect(answer.data.review).toEqual({
      appointmentId: ids.zhang,
      windowId: 'win-02',
      level: 'dissatisfied',
      levelText: '不满意',
      comment: '等候时间太长',
      at: justAfter(AFTER),
      version: 1,
      followUp: { dueAt: DUE, overdue: false },
    })
    expect(await stored('reviews', ids.zhang)).toMatchObject({
      _id: ids.zhang,
      appointmentId: ids.zhang,
      applicantOpenid: ZHANG,
      windowId: 'win-02',
      level: 'dissatisfied',
      followUp: { dueAt: DUE },
    })
  })

  it('R20 takes one review per appointment: a double tap answers the first, a second review is CONFLICT', async () => {
    const input = review(ids.liu, 'satisfied')
    const [first, doubleTap] = await Promise.all([cloud.call('booking', 'reviews.submit', input, LIU), cloud.call('booking', 'reviews.submit', input, LIU)])
    expect(first.ok).toBe(true)
    expect(doubleTap).toEqual(first)
    expect(first.data.review.followUp).toBeUndefined()
    const second = await cloud.call('booking', 'reviews.submit', review(ids.liu, 'very_dissatisfied'), LIU)
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '您已评价过这次办理，每次办理只能评价一次' } })
    expect((await stored('reviews', ids.liu)).level).toBe('satisfied')
  })

  it('R20 lets an acknowledged appointment be reviewed too', async () => {
    const answer = await cloud.call('booking', 'reviews.submit', review(ids.acknowledged, 'very_dissatisfied'), OTHER)
    expect(answer.data.review).toMatchObject({ levelText: '非常不满意', followUp: { dueAt: DUE, overdue: false } })
  })

  it.each([
    ['a query operator as the id', { appointmentId: { $gt: '' }, requestId: 'abcdefgh12', level: 'satisfied' }, 'appointmentId'],
    ['an unknown level', { appointmentId: 'x', requestId: 'abcdefgh12', level: 'great' }, 'level'],
    ['an operator as the level', { appointmentId: 'x', requestId: 'abcdefgh12', level: { $ne: null } }, 'level'],
    ['an emoji in the comment', { appointmentId: 'x', requestId: 'abcdefgh12', level: 'basic', comment: '还行😀' }, 'comment'],
    ['a control character in the comment', { appointmentId: 'x', requestId: 'abcdefgh12', level: 'basic', comment: '还行\u0000' }, 'comment'],
    ['a huge comment', { appointmentId: 'x', requestId: 'abcdefgh12', level: 'basic', comment: '长'.repeat(100_000) }, 'comment'],
    ['no requestId', { appointmentId: 'x', level: 'basic' }, 'requestId'],
  ])('refuses %s with INVALID_INPUT in Chinese, before any read, writing nothing', async (_label, input, field) => {
    const before = await snapshot()
    const { body, dbRequests } = await callCounted('booking', 'reviews.submit', { ...input, appointmentId: input.appointmentId === 'x' ? ids.extra : input.appointmentId }, EXTRA)
    expect(dbRequests).toBe(0)
    expect(body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { [field]: expect.stringMatching(/[\u4e00-\u9fa5]/) } } })
    expect(await snapshot()).toEqual(before)
  })
})

describe('the section follows up bad reviews (R20)', () => {
  it('R20 lets only the section list and resolve', async () => {
    for (const openid of [ZHANG, STAFF, LEADER, DESK, undefined]) {
      expect(codeOf(await cloud.call('section', 'reviews.list', {}, openid))).toBe('FORBIDDEN')
      const resolve = await cloud.call('section', 'reviews.resolve', { appointmentId: ids.zhang, version: 1, requestId: newRequestId(), note: '已致歉' }, openid)
      expect(codeOf(resolve)).toBe('FORBIDDEN')
    }
    expect((await stored('reviews', ids.zhang)).followUp.resolvedAt).toBeUndefined()
  })

  it('R20 lists open follow-ups soonest first with their appointments, and every review with filter all', async () => {
    const open = await cloud.call('section', 'reviews.list', {}, SECTION)
    const openIds = open.data.items.map((e: any) => e.review.appointmentId)
    expect(openIds).toEqual(expect.arrayContaining([ids.zhang, ids.acknowledged]))
    expect(openIds).not.toContain(ids.liu)
    const zhang = open.data.items.find((e: any) => e.review.appointmentId === ids.zhang)
    expect(zhang.review).toMatchObject({ levelText: '不满意', comment: '等候时间太长', followUp: { dueAt: DUE, overdue: false } })
    expect(zhang.appointment).toMatchObject({ id: ids.zhang, status: 'completed', applicant: { name: '张三', phone: '13812345678' }, leadWindowId: 'win-02' })
    const all = await cloud.call('section', 'reviews.list', { filter: 'all' }, SECTION)
    expect(all.data.items.map((e: any) => e.review.appointmentId)).toContain(ids.liu)
    expect(codeOf(await cloud.call('section', 'reviews.list', { filter: { $ne: 'x' } }, SECTION))).toBe('INVALID_INPUT')
  })

  it('R20 flags a follow-up overdue once its deadline has passed', async () => {
    try {
      await cloud.setClock('2026-10-15T17:01:00+08:00')
      const open = await cloud.call('section', 'reviews.list', {}, SECTION)
      const entry = open.data.items.find((e: any) => e.review.appointmentId === ids.acknowledged)
      expect(entry.review.followUp).toEqual({ dueAt: DUE, overdue: true })
    } finally {
      await cloud.setClock(AFTER)
    }
  })

  it('R20 refuses a bad note or a review without a follow-up, writing nothing', async () => {
    const before = await snapshot()
    const emoji = await cloud.call('section', 'reviews.resolve', { appointmentId: ids.zhang, version: 1, requestId: newRequestId(), note: '已处理🙏' }, SECTION)
    expect(emoji).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { note: '跟进情况含有表情或无法识别的字符，请只填写文字' } } })
    const huge = await cloud.call('section', 'reviews.resolve', { appointmentId: ids.zhang, version: 1, requestId: newRequestId(), note: 'x'.repeat(50_000) }, SECTION)
    expect(codeOf(huge)).toBe('INVALID_INPUT')
    const none = await cloud.call('section', 'reviews.resolve', { appointmentId: ids.liu, version: 1, requestId: newRequestId(), note: '已回访' }, SECTION)
    expect(codeOf(none)).toBe('INVALID_TRANSITION')
    expect(codeOf(await cloud.call('section', 'reviews.resolve', { appointmentId: 'apt-000000000000', version: 1, requestId: newRequestId(), note: '无' }, SECTION))).toBe('NOT_FOUND')
    expect(await snapshot()).toEqual(before)
  })

  it('R20 resolves with a note the applicant reads on the appointment; a stale version is CONFLICT, a double tap the same answer', async () => {
    const input = { appointmentId: ids.zhang, version: 1, requestId: newRequestId(), note: '已向申请人致歉，并调整了窗口人手' }
    const [answer, doubleTap] = await Promise.all([cloud.call('section', 'reviews.resolve', input, SECTION), cloud.call('section', 'reviews.resolve', input, SECTION)])
    expect(answer.ok).toBe(true)
    expect(doubleTap).toEqual(answer)
    expect(answer.data.review).toMatchObject({ version: 2, followUp: { dueAt: DUE, resolvedAt: justAfter(AFTER), note: input.note, overdue: false } })
    const stale = await cloud.call('section', 'reviews.resolve', { ...input, requestId: newRequestId() }, SECTION)
    expect(codeOf(stale)).toBe('CONFLICT')
    expect((await stored('reviews', ids.zhang)).followUp).toMatchObject({ note: input.note, by: 'staff-section' })

    const seen = await cloud.call('booking', 'appointments.get', { appointmentId: ids.zhang }, ZHANG)
    expect(seen.data.review).toMatchObject({ levelText: '不满意', followUp: { note: input.note } })
    expect(seen.data.review.followUp.by).toBeUndefined()
    const open = await cloud.call('section', 'reviews.list', {}, SECTION)
    expect(open.data.items.map((e: any) => e.review.appointmentId)).not.toContain(ids.zhang)
  })
})

describe('return visits (R20 回访)', () => {
  it('R20 lists completed appointments not yet visited, with their reviews, to the section only', async () => {
    for (const openid of [ZHANG, STAFF, LEADER, DESK, undefined]) expect(codeOf(await cloud.call('section', 'visits.pending', {}, openid))).toBe('FORBIDDEN')
    const pending = await cloud.call('section', 'visits.pending', {}, SECTION)
    const byId = new Map(pending.data.items.map((e: any) => [e.appointment.id, e]))
    expect([...byId.keys()]).toEqual(expect.arrayContaining([ids.zhang, ids.liu, ids.acknowledged, ids.extra]))
    expect(byId.has(ids.he)).toBe(false)
    expect(byId.get(ids.liu)).toMatchObject({ review: { levelText: '满意' } })
    expect(byId.get(ids.extra)).toMatchObject({ review: null })
  })

  it('R20 records a visit once; a double tap answers the first, another CONFLICT; bad input writes nothing', async () => {
    const before = await snapshot()
    for (const bad of [
      { appointmentId: { $gt: '' }, requestId: newRequestId(), how: 'phone', note: '已回访' },
      { appointmentId: ids.liu, requestId: newRequestId(), how: 'email', note: '已回访' },
      { appointmentId: ids.liu, requestId: newRequestId(), how: 'phone', note: '满意😀' },
      { appointmentId: ids.liu, requestId: newRequestId(), how: 'phone', note: '长'.repeat(10_000) },
    ]) {
      expect(codeOf(await cloud.call('section', 'visits.record', bad, SECTION))).toBe('INVALID_INPUT')
    }
    expect(codeOf(await cloud.call('section', 'visits.record', { appointmentId: ids.he, requestId: newRequestId(), how: 'phone', note: '未办结' }, SECTION))).toBe('INVALID_TRANSITION')
    for (const openid of [LIU, STAFF, LEADER, DESK, undefined]) {
      expect(codeOf(await cloud.call('section', 'visits.record', { appointmentId: ids.liu, requestId: newRequestId(), how: 'phone', note: '回访' }, openid))).toBe('FORBIDDEN')
    }
    expect(await snapshot()).toEqual(before)

    const input = { appointmentId: ids.liu, requestId: newRequestId(), how: 'phone', note: '电话回访，申请人表示满意', satisfaction: 'satisfied' }
    const [first, doubleTap] = await Promise.all([cloud.call('section', 'visits.record', input, SECTION), cloud.call('section', 'visits.record', input, SECTION)])
    expect(first.data.visit).toEqual({ id: ids.liu, appointmentId: ids.liu, windowId: 'win-02', at: justAfter(AFTER), by: 'staff-section', how: 'phone', note: input.note, satisfaction: 'satisfied' })
    expect(doubleTap).toEqual(first)
    const again = await cloud.call('section', 'visits.record', { ...input, requestId: newRequestId(), how: 'on_site' }, SECTION)
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这次办理已经回访过了' } })
    const pending = await cloud.call('section', 'visits.pending', {}, SECTION)
    expect(pending.data.items.map((e: any) => e.appointment.id)).not.toContain(ids.liu)
  })
})

describe('complaints (R20)', () => {
  let complaint: any

  it('R20 files a complaint about one of my appointments once per requestId, due in 5 working days', async () => {
    const input = { requestId: newRequestId(), appointmentId: ids.he, text: '电话一直打不通\n希望改进' }
    const [answer, doubleTap] = await Promise.all([cloud.call('booking', 'complaints.submit', input, HE), cloud.call('booking', 'complaints.submit', input, HE)])
    expect(answer.ok).toBe(true)
    expect(doubleTap).toEqual(answer)
    complaint = answer.data.complaint
    expect(complaint).toMatchObject({ appointmentId: ids.he, windowId: 'win-02', text: input.text, at: justAfter(AFTER), dueAt: DUE, status: 'open', statusText: '处理中', version: 1, overdue: false })
    expect((await cloud.dump('complaints')).filter((c) => c.openid === HE)).toHaveLength(1)
  })

  it('R20 files a complaint about nothing in particular, even as a citizen without appointments', async () => {
    const answer = await cloud.call('booking', 'complaints.submit', { requestId: newRequestId(), text: '大厅指示牌不清楚' }, 'oTEST_feedback_newcomer')
    expect(answer.data.complaint).toMatchObject({ text: '大厅指示牌不清楚', status: 'open' })
    expect(answer.data.complaint.appointmentId).toBeUndefined()
  })

  it('R20 refuses a complaint about someone else\'s appointment and bad input, writing nothing', async () => {
    const before = await snapshot()
    const other = await cloud.call('booking', 'complaints.submit', { requestId: newRequestId(), appointmentId: ids.zhang, text: '投诉' }, LIU)
    expect(codeOf(other)).toBe('NOT_FOUND')
    for (const bad of [
      { requestId: newRequestId(), appointmentId: { $gt: '' }, text: '投诉' },
      { requestId: newRequestId(), text: '' },
      { requestId: newRequestId(), text: '太差了😡' },
      { requestId: newRequestId(), text: '差'.repeat(100_000) },
      { requestId: { $ne: '' }, text: '投诉' },
    ]) {
      const { body, dbRequests } = await callCounted('booking', 'complaints.submit', bad, LIU)
      expect(codeOf(body)).toBe('INVALID_INPUT')
      expect(dbRequests).toBe(0)
    }
    expect(await snapshot()).toEqual(before)
  })

  it('R20 shows a citizen only their own complaints', async () => {
    const mine = await cloud.call('booking', 'complaints.mine', {}, HE)
    expect(mine.data.items.map((c: any) => c.id)).toEqual([complaint.id])
    for (const openid of [LIU, SECTION, STAFF, undefined]) expect((await cloud.call('booking', 'complaints.mine', {}, openid)).data.items).toEqual([])
  })

  it('R20 lets only the section list and resolve complaints', async () => {
    for (const openid of [HE, STAFF, LEADER, DESK, undefined]) {
      expect(codeOf(await cloud.call('section', 'complaints.list', {}, openid))).toBe('FORBIDDEN')
      expect(codeOf(await cloud.call('section', 'complaints.resolve', { complaintId: complaint.id, version: 1, requestId: newRequestId(), note: '已处理', upheld: false }, openid))).toBe('FORBIDDEN')
    }
    const list = await cloud.call('section', 'complaints.list', {}, SECTION)
    const entry = list.data.items.find((e: any) => e.complaint.id === complaint.id)
    expect(entry).toMatchObject({ complaint: { text: '电话一直打不通\n希望改进', overdue: false }, appointment: { id: ids.he, applicant: { name: '张三' } } })
    expect(codeOf(await cloud.call('section', 'complaints.resolve', { complaintId: { $gt: '' }, version: 1, requestId: newRequestId(), note: '已处理', upheld: false }, SECTION))).toBe('INVALID_INPUT')
  })

  it('R20 flags an open complaint overdue after its deadline', async () => {
    try {
      await cloud.setClock('2026-10-16T09:00:00+08:00')
      const list = await cloud.call('section', 'complaints.list', {}, SECTION)
      expect(list.data.items.find((e: any) => e.complaint.id === complaint.id).complaint.overdue).toBe(true)
    } finally {
      await cloud.setClock(AFTER)
    }
  })

  it('R20 resolves with a note the citizen reads; a stale version is CONFLICT, a double tap the same answer', async () => {
    const input = { complaintId: complaint.id, version: 1, requestId: newRequestId(), note: '已增加咨询电话坐席', upheld: false }
    const [answer, doubleTap] = await Promise.all([cloud.call('section', 'complaints.resolve', input, SECTION), cloud.call('section', 'complaints.resolve', input, SECTION)])
    expect(answer.data.complaint).toMatchObject({ status: 'resolved', statusText: '已处理', resolution: { note: input.note, at: justAfter(AFTER) }, version: 2, overdue: false })
    expect(doubleTap).toEqual(answer)
    expect(codeOf(await cloud.call('section', 'complaints.resolve', { ...input, requestId: newRequestId() }, SECTION))).toBe('CONFLICT')
    expect(codeOf(await cloud.call('section', 'complaints.resolve', { ...input, version: 2, requestId: newRequestId() }, SECTION))).toBe('INVALID_TRANSITION')
    expect(await stored('complaints', complaint.id)).toMatchObject({ status: 'resolved', resolution: { note: input.note, by: 'staff-section' }, version: 2 })
    const mine = await cloud.call('booking', 'complaints.mine', {}, HE)
    expect(mine.data.items[0]).toMatchObject({ status: 'resolved', resolution: { note: input.note } })
    expect(mine.data.items[0].resolution.by).toBeUndefined()
    const open = await cloud.call('section', 'complaints.list', {}, SECTION)
    expect(open.data.items.map((e: any) => e.complaint.id)).not.toContain(complaint.id)
    const all = await cloud.call('section', 'complaints.list', { filter: 'all' }, SECTION)
    expect(all.data.items.map((e: any) => e.complaint.id)).toContain(complaint.id)
  })
})

describe("the applicant's OPENID stays on the server (PIPL art. 6)", () => {
  it('R20 answers window staff and the section without any applicant OPENID', async () => {
    const applicants = [ZHANG, LIU, HE, OTHER, EXTRA]
    const answers = {
      'booking appointments.get (staff)': await cloud.call('booking', 'appointments.get', { appointmentId: ids.zhang }, STAFF),
      'booking appointments.get (leader)': await cloud.call('booking', 'appointments.get', { appointmentId: ids.he }, LEADER),
      'counter queue.list': await cloud.call('counter', 'queue.list', { date: HOLIDAY }, LEADER),
      'section inbox.list': await cloud.call('section', 'inbox.list', {}, SECTION),
      'section reviews.list': await cloud.call('section', 'reviews.list', { filter: 'all' }, SECTION),
      'section complaints.list': await cloud.call('section', 'complaints.list', { filter: 'all' }, SECTION),
      'section visits.pending': await cloud.call('section', 'visits.pending', {}, SECTION),
    }
    for (const [name, answer] of Object.entries(answers)) {
      expect([name, codeOf(answer)]).toEqual([name, 'ok'])
      const json = JSON.stringify(answer)
      expect([name, applicants.filter((openid) => json.includes(openid))]).toEqual([name, []])
    }
    // The answers are not empty: the applicants' appointments are in them.
    expect(JSON.stringify(answers['section reviews.list'])).toContain(ids.zhang)
    expect(JSON.stringify(answers['section complaints.list'])).toContain(ids.he)
    expect(JSON.stringify(answers['section visits.pending'])).toContain(ids.zhang)
    expect(JSON.stringify(answers['booking appointments.get (staff)'])).toContain('张')
  })
})

describe('read budget (docs/numbers.md)', () => {
  it('reads with at most 2 database requests each, on a warm instance', async () => {
    await callCounted('booking', 'reviews.submit', review(ids.extra, 'satisfied'), EXTRA) // warms booking's calendar and settings
    const counts = {
      'booking appointments.get': (await callCounted('booking', 'appointments.get', { appointmentId: ids.zhang }, ZHANG)).dbRequests,
      'booking complaints.mine': (await callCounted('booking', 'complaints.mine', {}, HE)).dbRequests,
      'section reviews.list': (await callCounted('section', 'reviews.list', { filter: 'all' }, SECTION)).dbRequests,
      'section complaints.list': (await callCounted('section', 'complaints.list', {}, SECTION)).dbRequests,
      'section visits.pending': (await callCounted('section', 'visits.pending', {}, SECTION)).dbRequests,
    }
    console.log('[db requests]', JSON.stringify(counts))
    for (const [name, count] of Object.entries(counts)) expect([name, count <= 2]).toEqual([name, true])
  })
})

describe('complaint flooding (issue 13, item 2)', () => {
  const FLOODER = 'oTEST_flooder'
  it('files at most complaintsPerDay (5) a day per person, then LIMIT_REACHED writing nothing; a retry still answers its complaint', async () => {
    const first = { requestId: newRequestId(), text: '第1条' }
    for (let i = 1; i <= 5; i++) {
      expect(codeOf(await cloud.call('booking', 'complaints.submit', i === 1 ? first : { requestId: newRequestId(), text: `第${i}条` }, FLOODER))).toBe('ok')
    }
    const before = await snapshot()
    const sixth = await cloud.call('booking', 'complaints.submit', { requestId: newRequestId(), text: '第6条' }, FLOODER)
    expect(sixth).toMatchObject({ ok: false, error: { code: 'LIMIT_REACHED', message: '每人每天最多提交5条投诉，请明天再提交；紧急情况请拨打中心电话' } })
    expect(await snapshot()).toEqual(before)
    expect(codeOf(await cloud.call('booking', 'complaints.submit', first, FLOODER))).toBe('ok')
    expect(codeOf(await cloud.call('booking', 'complaints.submit', { requestId: newRequestId(), text: '别人的投诉' }, 'oTEST_someone_else'))).toBe('ok')
  })

  it('pages the section through every complaint with a count, none twice', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    let total = 0
    do {
      const page = (await cloud.call('section', 'complaints.list', { filter: 'all', limit: 2, ...(cursor ? { cursor } : {}) }, SECTION)).data
      expect(page.items.length).toBeLessThanOrEqual(2)
      total = page.total
      seen.push(...page.items.map((e: any) => e.complaint.id))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    const stored = (await cloud.dump('complaints')).map((c) => c._id)
    expect(total).toBe(stored.length)
    expect([...seen].sort()).toEqual([...stored].sort())
  })

  it('pages a citizen through their own complaints, newest first', async () => {
    const first = (await cloud.call('booking', 'complaints.mine', { limit: 4 }, FLOODER)).data
    expect(first).toMatchObject({ total: 5, nextCursor: '4' })
    const second = (await cloud.call('booking', 'complaints.mine', { cursor: first.nextCursor }, FLOODER)).data
    expect(second).toMatchObject({ total: 5, nextCursor: null })
    const all = [...first.items, ...second.items]
    expect(all.map((c: any) => c.text).sort()).toEqual(['第1条', '第2条', '第3条', '第4条', '第5条'])
    const times = all.map((c: any) => c.at)
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })
})
