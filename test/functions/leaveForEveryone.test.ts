import { startCloud, type Cloud } from '../support/cloud'
import { emulatorSdk } from '../support/emulatorSdk'

/**
 * Leave and credit for everyone (R24, issue 18 item 4), on the emulator:
 * a cover from another window of the department is signed off by the
 * window leader; a cover from another department, a leader's own leave and
 * a one-person window's leave by the section; assisting windows' staff
 * (R13) earn credit for the time they served.
 */
const SECTION = 'oEXAMPLE_section_li'
const RS_LEADER = 'oEXAMPLE_rs_leader'
const RS_STAFF = 'oEXAMPLE_rs_staff'
const BDC_STAFF = 'oEXAMPLE_bdc_staff'
const GA_LEADER = 'oEXAMPLE_ga_leader'
const GA_STAFF = 'oTEST_ga_staff'
const YB_STAFF = 'oEXAMPLE_yb_staff'
const HOLIDAY = '2026-10-02'

let cloud: Cloud
let seq = 0
const newRequestId = () => `everyone-${Date.now().toString(36)}-${++seq}`
const codeOf = (answer: any) => (answer.ok ? 'ok' : answer.error.code)
const balance = async (staffId: string) => (await cloud.dump('timeBankEntries')).filter((e) => e.staffId === staffId).reduce((s, e) => s + e.minutes, 0)
const ask = (openid: string, input: Record<string, unknown>) =>
  cloud.call('counter', 'leave.request', { requestId: newRequestId(), date: '2026-10-19', start: '08:30', end: '09:30', reason: '家中有事', ...input }, openid)
const decide = (fn: 'counter' | 'section', leaveId: string, openid: string, decision = 'approve', note = '') => cloud.call(fn, 'leave.decide', { leaveId, decision, note }, openid)

/** Credits straight to the ledger, entry and account together (as the time bank's own tests do). */
async function credit(staffId: string, minutes: number) {
  await emulatorSdk(cloud).database().runTransaction(async (tx: any) => {
    const account = await tx.collection('timeBankAccounts').doc(staffId).get().catch(() => ({ data: null }))
    await tx.collection('timeBankEntries').add({ data: { _id: `tb-correction-${staffId}-${++seq}`, staffId, windowId: '', minutes, source: { type: 'correction', id: `c${seq}` }, at: 0, by: 'staff-admin' } })
    await tx.collection('timeBankAccounts').doc(staffId).set({ data: { balance: (account.data?.balance ?? 0) + minutes, version: (account.data?.version ?? 0) + 1 } })
  })
}

beforeAll(async () => {
  cloud = await startCloud()
  const db = emulatorSdk(cloud).database()
  // Window 5 (就业创业) is 人社's second window; 公安's window 7 gets a second person.
  await db.collection('staff').add({ data: { _id: 'staff-rs-5', openid: 'oTEST_rs5', name: '钱芳', roles: ['staff'], windowId: 'win-05', departmentId: 'dept-rs', active: true, version: 1 } })
  await db.collection('staff').add({ data: { _id: 'staff-ga-1', openid: GA_STAFF, name: '蒋涛', roles: ['staff'], windowId: 'win-07', departmentId: 'dept-ga', active: true, version: 1 } })
  await cloud.setClock('2026-10-12T09:00:00+08:00')
  for (const id of ['staff-rs-1', 'staff-rs-leader', 'staff-bdc-1', 'staff-ga-leader', 'staff-ga-1']) await credit(id, 600)
}, 90_000)
afterAll(() => cloud?.close())

describe('who covers and who signs off (R24)', () => {
  it('R24 lets the window leader sign off a cover from another window of the same department', async () => {
    const asked = await ask(RS_STAFF, { coverStaffId: 'staff-rs-5' })
    expect(asked.data.leave).toMatchObject({ approver: 'leader', coverScope: 'department', coverWindowId: 'win-05', coverName: '钱芳' })
    expect(codeOf(await decide('section', asked.data.leave.id, SECTION))).toBe('FORBIDDEN')
    expect(codeOf(await decide('counter', asked.data.leave.id, RS_LEADER))).toBe('ok')
    expect(await balance('staff-rs-1')).toBe(540)
  })

  it('R24 sends a cover from another department to the section, which the window leader cannot decide', async () => {
    const asked = await ask(RS_STAFF, { date: '2026-10-20', coverStaffId: 'staff-scjg-1' })
    expect(asked.data.leave).toMatchObject({ approver: 'section', coverScope: 'other', coverWindowId: 'win-02' })
    const leader = await cloud.call('counter', 'timebank.mine', {}, RS_LEADER)
    expect(leader.data.toDecide.map((l: any) => l.id)).not.toContain(asked.data.leave.id)
    expect(codeOf(await decide('counter', asked.data.leave.id, RS_LEADER))).toBe('FORBIDDEN')
    const pending = await cloud.call('section', 'leave.pending', {}, SECTION)
    expect(pending.data.leaves.find((l: any) => l.id === asked.data.leave.id)).toMatchObject({ staffName: '郑丽', windowName: '4号窗口（社保业务）', coverWindowName: '2号窗口（市场主体登记）' })
    expect(codeOf(await decide('section', asked.data.leave.id, SECTION, 'reject'))).toBe('INVALID_INPUT')
    const approved = await decide('section', asked.data.leave.id, SECTION)
    expect(approved.data.leave).toMatchObject({ status: 'approved', decidedBy: 'staff-section' })
    expect(await balance('staff-rs-1')).toBe(480)
  })

  it('R24 sends a window leader’s own leave to the section', async () => {
    const asked = await ask(RS_LEADER, { coverStaffId: 'staff-rs-1', start: '14:00', end: '15:00' })
    expect(asked.data.leave).toMatchObject({ approver: 'section', coverScope: 'window' })
    expect(codeOf(await decide('section', asked.data.leave.id, SECTION, 'reject', '当天有检查'))).toBe('ok')
    expect(await balance('staff-rs-leader')).toBe(600)
  })

  it('R24 lets a one-person window take leave, covered from elsewhere and signed off by the section', async () => {
    const mine = await cloud.call('counter', 'timebank.mine', {}, BDC_STAFF)
    expect(mine.data.colleagues.some((c: any) => c.scope === 'window')).toBe(false)
    expect(mine.data.colleagues.length).toBeGreaterThan(3)
    const asked = await ask(BDC_STAFF, { date: '2026-10-21', coverStaffId: 'staff-rs-5' })
    expect(asked.data.leave).toMatchObject({ approver: 'section', coverScope: 'other' })
    expect(codeOf(await decide('section', asked.data.leave.id, SECTION))).toBe('ok')
    expect(await balance('staff-bdc-1')).toBe(540)
  })

  it('R24 refuses a second leave of the cross-window cover at the same time, and writes nothing', async () => {
    const before = (await cloud.dump('leaveRequests')).length
    const clash = await ask(GA_STAFF, { coverStaffId: 'staff-rs-5' })
    expect(codeOf(clash)).toBe('INVALID_INPUT')
    expect(clash.error.fields.coverStaffId).toMatch(/已在为其他同事顶岗/)
    expect((await cloud.dump('leaveRequests')).length).toBe(before)
  })

  it('R24 refuses the section’s leave list and decisions to window staff and citizens', async () => {
    expect(codeOf(await cloud.call('section', 'leave.pending', {}, RS_LEADER))).toBe('FORBIDDEN')
    expect(codeOf(await cloud.call('section', 'leave.pending', {}, 'oTEST_citizen'))).toBe('FORBIDDEN')
    expect(codeOf(await decide('section', 'leave-nope', RS_LEADER))).toBe('FORBIDDEN')
    expect(codeOf(await decide('section', 'leave-nope', SECTION))).toBe('NOT_FOUND')
  })
})

describe('credit for the assisting window (R13, R24)', () => {
  it('R13 R24 credits the assisting staff who confirmed their part the minutes served, once', async () => {
    // item-015 (出生登记): 公安 leads (win-07), 医保 assists (win-09).
    await cloud.setClock('2026-09-30T10:00:00+08:00')
    const made = await cloud.call('booking', 'appointments.request', { requestId: newRequestId(), itemIds: ['item-015'], date: HOLIDAY, halfDay: 'am', applicant: { name: '张三', phone: '13812345678' } }, 'oTEST_citizen_assist')
    const id = made.data.appointment.id
    const version = async () => (await cloud.dump('appointments')).find((a) => a._id === id).version
    const step = async (fn: string, action: string, openid: string, payload: Record<string, unknown> = {}) =>
      cloud.call(fn, action, { appointmentId: id, version: await version(), requestId: newRequestId(), ...payload }, openid)
    expect(codeOf(await step('section', 'appointments.dispatch', SECTION, { leadWindowId: 'win-07', assistingWindowIds: ['win-09'] }))).toBe('ok')
    expect(codeOf(await step('counter', 'appointments.confirmPart', YB_STAFF, { note: '医保部分已预审' }))).toBe('ok')
    expect(codeOf(await step('counter', 'appointments.assign', GA_LEADER, { staffId: 'staff-ga-leader' }))).toBe('ok')
    expect(codeOf(await step('counter', 'appointments.confirm', GA_LEADER, { agreedTime: '09:00', contact: { note: '已告知', materialsToldInFull: true } }))).toBe('ok')
    await cloud.setClock(`${HOLIDAY}T09:00:00+08:00`)
    expect(codeOf(await step('counter', 'appointments.start', GA_LEADER))).toBe('ok')
    await cloud.setClock(`${HOLIDAY}T09:50:00+08:00`)
    const done = await step('counter', 'appointments.complete', GA_LEADER, { result: '已办结', startedAt: Date.parse(`${HOLIDAY}T09:00:00+08:00`), endedAt: Date.parse(`${HOLIDAY}T09:45:00+08:00`) })
    expect(codeOf(done)).toBe('ok')
    const credits = (await cloud.dump('timeBankEntries')).filter((e) => e.source.id.startsWith(id))
    expect(credits.map((e) => [e.staffId, e.windowId, e.minutes, e.source.type]).sort()).toEqual([
      ['staff-ga-leader', 'win-07', 45, 'appointment'],
      ['staff-yb-1', 'win-09', 45, 'assist'],
    ])
    const fire = async () => (await (await fetch(`${cloud.url}/__dev/triggers/scheduler`, { method: 'POST' })).json()).value.data
    expect((await fire()).timeBankCredits).toBe(0)
    const yb = await cloud.call('counter', 'timebank.mine', {}, YB_STAFF)
    expect(yb.data.balance).toBe(45)
  })
})
