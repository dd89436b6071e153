import { emulatorSdk } from '../support/emulatorSdk'
import { startCloud, type Cloud } from '../support/cloud'

/**
 * `supervision` `supervision.report` on the emulator (issue 7, R23): the
 * figures of one October 2026 built through the real actions (booking,
 * section, counter) for the appointments, and written straight into
 * `dutyShifts` and `reviews` as their contract names them for duty and
 * reviews; the points table from the settings; the CSV export.
 */
const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const ADMIN = 'oEXAMPLE_admin_wang'
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' }
const CONTACT = { note: '已电话告知所需材料', materialsToldInFull: true }
const beijing = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00+08:00`)

let cloud: Cloud
let seq = 0
const newRequestId = () => `sup-${Date.now().toString(36)}-${++seq}`
const codeOf = (answer: any) => (answer.ok ? 'ok' : answer.error.code)

function db() {
  return emulatorSdk(cloud).database()
}

/** A citizen's request through `booking`, dispatched through `section` (R9). */
async function dispatched(date: string, itemId: string, leadWindowId: string, assistingWindowIds: string[] = []): Promise<any> {
  const made = await cloud.call(
    'booking',
    'appointments.request',
    { requestId: newRequestId(), itemIds: [itemId], date, halfDay: 'am', applicant: { name: '张三', phone: '13812345678' } },
    `oTEST_sup_${++seq}`,
  )
  expect(codeOf(made)).toBe('ok')
  const { id, version } = made.data.appointment
  const sent = await cloud.call('section', 'appointments.dispatch', { appointmentId: id, version, requestId: newRequestId(), leadWindowId, assistingWindowIds }, SECTION)
  expect(codeOf(sent)).toBe('ok')
  return sent.data.appointment
}

/** One `counter` step at the appointment's current version; answers the appointment after it. */
async function step(appointment: { id: string; version: number }, action: string, openid: string, payload: Record<string, unknown> = {}): Promise<any> {
  const answer = await cloud.call('counter', action, { appointmentId: appointment.id, version: appointment.version, requestId: newRequestId(), ...payload }, openid)
  expect([action, codeOf(answer)]).toEqual([action, 'ok'])
  return answer.data.appointment
}

const assigned = async (date: string, itemId = 'item-001', assisting: string[] = []) =>
  step(await dispatched(date, itemId, 'win-02', assisting), 'appointments.assign', LEADER, { staffId: 'staff-scjg-1' })
const confirm = (a: any) => step(a, 'appointments.confirm', STAFF, { agreedTime: '09:00', contact: CONTACT })

async function report(input: Record<string, unknown> = OCTOBER, openid = SECTION): Promise<any> {
  const answer = await cloud.call('supervision', 'supervision.report', input, openid)
  expect(codeOf(answer)).toBe('ok')
  return answer.data
}
const rowOf = (data: any, windowId: string) => data.windows.find((w: any) => w.windowId === windowId)
const pointsOf = (row: any) => Object.fromEntries(row.deductions.map((d: any) => [d.key, d.points]))

/** Calls `supervision` and answers the body with the database requests it made (`X-Db-Requests`). */
async function callCounted(input: unknown): Promise<{ body: any; dbRequests: number }> {
  const res = await fetch(`${cloud.url}/__dev/call/supervision`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': SECTION },
    body: JSON.stringify({ action: 'supervision.report', input }),
  })
  return { body: await res.json(), dbRequests: Number(res.headers.get('x-db-requests')) }
}

const shift = (date: string, half: 'am' | 'pm', fields: Record<string, unknown> = {}) => ({
  _id: `duty-${date}-${half}-staff-scjg-1`,
  date,
  half,
  windowId: 'win-02',
  staffId: 'staff-scjg-1',
  staffName: '孙丽',
  leads: false,
  scheduledBy: 'staff-section',
  scheduledAt: beijing('2026-09-25 10:00'),
  version: 1,
  ...fields,
})
const checkedIn = (date: string, half: 'am' | 'pm') => shift(date, half, { checkInAt: beijing(`${date} ${half === 'am' ? '08:20' : '13:20'}`), lateCheckIn: false, version: 2 })

const review = (id: string, windowId: string, level: string, at: string, followUp?: object) => ({
  _id: id,
  appointmentId: id,
  applicantOpenid: 'oTEST_reviewer',
  windowId,
  level,
  at: beijing(at),
  ...(followUp ? { followUp } : {}),
  version: 1,
  requestId: `req-${id}`,
})

beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock('2026-09-28T10:00:00+08:00')
  // win-02 (市场主体登记): served, abandoned (R18), late, changed (R16), force majeure (R17), and a confirmation without 一次性告知 (R11).
  const served = await confirm(await assigned('2026-10-02'))
  const abandoned = await confirm(await assigned('2026-10-03'))
  const late = await assigned('2026-10-05')
  const changed = await step(await confirm(await assigned('2026-10-04')), 'appointments.proposeChange', STAFF, { reason: '窗口设备检修', newTime: '10:00' })
  const decided = await cloud.call('section', 'changes.decide', { appointmentId: changed.id, version: changed.version, requestId: newRequestId(), approve: true }, SECTION)
  expect(codeOf(decided)).toBe('ok')
  await step(await confirm(await assigned('2026-10-06')), 'appointments.forceMajeure', STAFF, { note: '暴雨停电，已与申请人沟通' })
  // item-002 needs 税务 too (R13): win-10 assists and never confirms its part.
  const untold = await confirm(await assigned('2026-10-02', 'item-002', ['win-10']))
  // The confirm action refuses materialsToldInFull: false; a record written before that check (or by hand) may still carry it.
  await db().collection('appointments').doc(untold.id).update({ data: { 'contact.materialsToldInFull': false } })
  // win-04 (社保): dispatched and never confirmed.
  await dispatched('2026-10-02', 'item-006', 'win-04')

  await cloud.setClock('2026-10-01T10:00:00+08:00') // after the last working day (30 Sept): 拖延
  await confirm(late)
  await cloud.setClock('2026-10-02T09:10:00+08:00')
  const started = await step(served, 'appointments.start', STAFF)
  await cloud.setClock('2026-10-02T09:40:00+08:00')
  await step(started, 'appointments.complete', STAFF, { result: '已办结' })
  await cloud.setClock('2026-10-03T09:31:00+08:00')
  await step(abandoned, 'appointments.markLate', STAFF, { contacted: true, gaveUp: true, note: '申请人表示放弃' })

  const shifts = [
    ...['2026-10-11', '2026-10-24', '2026-10-25', '2026-10-31'].flatMap((d) => [checkedIn(d, 'am'), checkedIn(d, 'pm')]),
    checkedIn('2026-10-17', 'am'),
    shift('2026-10-17', 'pm', { checkInAt: beijing('2026-10-17 13:52'), lateCheckIn: true, version: 2 }),
    shift('2026-10-18', 'am'), // never checked in: 脱岗; nobody at all in the afternoon
    shift('2026-11-01', 'am'), // November: outside the period
  ]
  for (const doc of shifts) await db().collection('dutyShifts').add({ data: doc })
  const reviews = [
    review('rv-1', 'win-02', 'dissatisfied', '2026-10-02 12:00', { dueAt: beijing('2026-10-12 17:00') }),
    review('rv-2', 'win-02', 'satisfied', '2026-10-03 12:00'),
    review('rv-3', 'win-02', 'very_dissatisfied', '2026-11-01 00:30'), // 31 Oct 16:30 UTC: November in Beijing
    review('rv-4', 'win-04', 'very_dissatisfied', '2026-10-05 12:00', { dueAt: beijing('2026-10-13 17:00'), resolvedAt: beijing('2026-10-09 10:00') }),
  ]
  for (const doc of reviews) await db().collection('reviews').add({ data: doc })
  await cloud.setClock('2026-11-02T10:00:00+08:00')
}, 180_000)
afterAll(() => cloud?.close())

describe('supervision.report figures (R23)', () => {
  it('R23 counts win-02 appointments: confirmed in time or late, served with the abandoned one (R18), changed, force majeure, untold', async () => {
    const row = rowOf(await report(), 'win-02')
    expect(row).toMatchObject({ windowName: '市场主体登记', windowNumber: '2' })
    expect(row.counts).toMatchObject({
      dispatched: 6,
      confirmedInTime: 5,
      confirmedLate: 1,
      unconfirmedOverdue: 0,
      served: 2,
      abandoned: 1,
      changed: 1,
      forceMajeure: 1,
      materialsNotTold: 1,
    })
  })

  it('R13 R23 charges an assisting window that never confirmed its part, and a lead window that never confirmed', async () => {
    const data = await report()
    expect(rowOf(data, 'win-10').counts).toMatchObject({ dispatched: 1, unconfirmedOverdue: 1, served: 0 })
    expect(rowOf(data, 'win-04').counts).toMatchObject({ dispatched: 1, unconfirmedOverdue: 1 })
  })

  it('R21 R2 counts duty: scheduled, checked in, absent, late, and walk-in days with nobody scheduled', async () => {
    const data = await report()
    expect(rowOf(data, 'win-02').counts).toMatchObject({ shiftsScheduled: 11, shiftsCovered: 10, shiftsAbsent: 1, lateCheckIns: 1, gapDays: 1 })
    // win-04 scheduled nobody on any of October's walk-in days: 11, 17, 18, 24, 25, 31 (10/10 is 调休上班, 3/4 are 国庆).
    expect(rowOf(data, 'win-04').counts).toMatchObject({ shiftsScheduled: 0, gapDays: 6 })
  })

  it('R20 counts reviews by their Beijing date, bad ones, and bad ones still open', async () => {
    const data = await report()
    expect(rowOf(data, 'win-02').counts).toMatchObject({ reviews: 2, badReviews: 1, openBadReviews: 1 })
    expect(rowOf(data, 'win-04').counts).toMatchObject({ reviews: 1, badReviews: 1, openBadReviews: 0 })
  })

  it('R23 deducts the points of the default table and adds them up', async () => {
    const data = await report()
    const row = rowOf(data, 'win-02')
    expect(pointsOf(row)).toEqual({ absentFromDuty: 5, lateCheckIn: 1, dutyGap: 3, confirmedLate: 2, materialsNotTold: 3, changedByWindow: 2, badReview: 2, buckPassing: 0, inspection: 0, upheldComplaint: 0 })
    expect(row.pointsDeducted).toBe(18)
    expect(rowOf(data, 'win-04').pointsDeducted).toBe(2 + 6 * 3 + 2)
    expect(data.points).toMatchObject({ absentFromDuty: 5, dutyGap: 3 })
    expect(data.totals.pointsDeducted).toBe(data.windows.reduce((s: number, w: any) => s + w.pointsDeducted, 0))
    expect(data.totals.counts.dispatched).toBe(8)
  })

  it('answers one window when asked', async () => {
    const data = await report({ ...OCTOBER, windowId: 'win-04' })
    expect(data.windows.map((w: any) => w.windowId)).toEqual(['win-04'])
    expect(data.totals.counts).toMatchObject({ dispatched: 1, badReviews: 1, shiftsScheduled: 0 })
  })

  it('R23 follows the points table an admin sets (settings.supervisionPoints)', async () => {
    const { data } = await cloud.call('admin', 'settings.get', {}, ADMIN)
    const points = { ...data.settings.supervisionPoints, absentFromDuty: 10, badReview: 0.5 }
    expect(codeOf(await cloud.call('admin', 'settings.update', { version: data.version, patch: { supervisionPoints: points } }, ADMIN))).toBe('ok')
    await cloud.setClock('2026-11-02T10:05:00+08:00') // past the instance's 30 s copy of the settings
    const row = rowOf(await report(), 'win-02')
    expect(pointsOf(row)).toMatchObject({ absentFromDuty: 10, badReview: 0.5 })
    expect(row.pointsDeducted).toBe(18 + 5 - 1.5)
  })
})

describe('who may see it', () => {
  it.each([
    ['a citizen', 'oEXAMPLE_citizen_zhang'],
    ['window staff', STAFF],
    ['a window leader', LEADER],
    ['the desk', 'oEXAMPLE_desk_zhao'],
    ['an admin', ADMIN],
  ])('R23 refuses %s with FORBIDDEN', async (_who, openid) => {
    const answer = await cloud.call('supervision', 'supervision.report', OCTOBER, openid)
    expect(codeOf(answer)).toBe('FORBIDDEN')
    expect(codeOf(await cloud.call('supervision', 'supervision.report', { ...OCTOBER, format: 'csv' }, openid))).toBe('FORBIDDEN')
  })

  it('refuses a bad period with INVALID_INPUT on the field, in Chinese', async () => {
    const answer = await cloud.call('supervision', 'supervision.report', { from: '2026-10-31', to: '2026-10-01' }, SECTION)
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { to: '结束日期不能早于开始日期' } } })
    const tooLong = await cloud.call('supervision', 'supervision.report', { from: '2025-01-01', to: '2026-10-01' }, SECTION)
    expect(tooLong.error.fields.to).toBe('一次最多统计366天')
  })
})

describe('the CSV export', () => {
  it('is UTF-8 with a BOM, Beijing dates, and keeps a formula-like window name as text', async () => {
    const made = await cloud.call('admin', 'windows.upsert', { departmentId: 'dept-scjg', name: '=HYPERLINK("http://x","点")', number: '99' }, ADMIN)
    expect(codeOf(made)).toBe('ok')
    const answer = await cloud.call('supervision', 'supervision.report', { ...OCTOBER, format: 'csv' }, SECTION)
    expect(codeOf(answer)).toBe('ok')
    const { csv, filename } = answer.data
    expect(filename).toBe('窗口督查_2026-10-01_2026-10-31.csv')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const lines: string[] = csv.slice(1).split('\r\n')
    expect(lines[1]).toBe('统计期间,2026-10-01,2026-10-31')
    expect(lines[2]).toBe('生成时间,2026-11-02 10:05')
    expect(lines.find((l) => l.startsWith('99,'))).toMatch(/^99,"'=HYPERLINK\(""http:\/\/x"",""点""\)",/)
    const header = lines[4].split(',')
    const win02 = lines.find((l) => l.startsWith('2,市场主体登记,'))!.split(',')
    expect(win02[header.indexOf('派单数')]).toBe('6')
    expect(win02[header.indexOf('脱岗')]).toBe('1')
    expect(win02.at(-1)).toBe('21.5') // under the table the admin set above: 18 + 5 - 1.5
  })
})

describe('database requests', () => {
  it('reads the staff record, then windows, items, appointments, duty shifts and reviews in one aggregation: at most 2 on a warm instance (issue 8)', async () => {
    await callCounted(OCTOBER)
    const { body, dbRequests } = await callCounted(OCTOBER)
    expect(body.ok).toBe(true)
    expect(body.data.truncated).toBe(false)
    expect(dbRequests).toBeLessThanOrEqual(2)
    expect(dbRequests).toBeGreaterThan(0)
  })
})

describe('more than one page of a period (findAll after the aggregation)', () => {
  it('reads on past the first 1000 reviews of a period: every one counts, with one request more, not truncated', async () => {
    const december = Array.from({ length: 1001 }, (_, i) => review(`rv-dec-${String(i).padStart(4, '0')}`, 'win-02', 'satisfied', '2026-12-05 10:00'))
    await db().collection('reviews').add({ data: december })
    const input = { from: '2026-12-01', to: '2026-12-31' }
    await callCounted(input)
    const { body, dbRequests } = await callCounted(input)
    expect(body.ok).toBe(true)
    expect(rowOf(body.data, 'win-02').counts).toMatchObject({ reviews: 1001, badReviews: 0 })
    expect(body.data.truncated).toBe(false)
    expect(dbRequests).toBe(3)
  })
})

describe('when no window exists at all', () => {
  it('R23 still counts every record, under rows for the unknown windows, reading the six collections side by side', async () => {
    await db().collection('windows').where({ _id: db().command.exists(true) }).remove()
    await callCounted(OCTOBER)
    const { body, dbRequests } = await callCounted(OCTOBER)
    expect(body.ok).toBe(true)
    const row = rowOf(body.data, 'win-02')
    expect(row.windowName).toBe('未登记窗口（win-02）')
    expect(row.counts).toMatchObject({ dispatched: 6, served: 2, shiftsScheduled: 11, reviews: 2, gapDays: 0 })
    // staff record + the failed aggregation + appointments, shifts, reviews, findings, closed days (R21) and walk-in services (R2)
    expect(dbRequests).toBe(8)
  })
})
