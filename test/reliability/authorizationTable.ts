import { BEFORE_DEADLINE, HOLIDAY, newRequestId, WHO, type Fixture, type FixtureState } from './support/appointmentFixtures'
import type { ReliabilityCloud } from './support/reliabilityCloud'

/**
 * Who may run what (docs/architecture.md "who", docs/rules.md roles): every action of every function
 * × every caller, as data. A cell is what the call must answer:
 *   ok  allowed (`{ ok: true }`)          F  FORBIDDEN
 *   U   UNAUTHENTICATED (no OPENID)       N  NOT_FOUND (a record one may not know of)
 *   C   CONFLICT (allowed, refused by the record's state, e.g. an OPENID already bound)
 *
 * Columns: `none` a call with no OPENID at all (a script over the CloudBase API); `anon` an
 * OPENID never seen (a first visit); `owner` the applicant of the row's appointment (rows
 * without one: 张, a citizen); `citizen` another citizen (张; rows without a record: 刘);
 * `desk`, `section`, `admin`; `leader`, `staff` of window 2 (市场监管: the row's appointment is
 * theirs, assigned to staff-scjg-1); `leader*`, `staff*` of window 4 (社保: someone else's).
 * `confirmPart` is the exception: its appointment is led by window 4 with window 2 assisting.
 * A `desk-made` row's appointment was registered by the desk (赵) by phone: it has
 * no applicant OPENID, so `owner` is a citizen it is not theirs.
 */
export const COLUMNS = ['none', 'anon', 'owner', 'citizen', 'desk', 'section', 'leader', 'staff', 'leader*', 'staff*', 'admin'] as const
export type Column = (typeof COLUMNS)[number]

export const CODES: Record<string, string> = { ok: 'ok', F: 'FORBIDDEN', U: 'UNAUTHENTICATED', N: 'NOT_FOUND', C: 'CONFLICT' }

/**
 * When a row runs: before the booking deadline; on the holiday (its appointments made
 * before); on a walk-in weekend morning (duty check-in, R21); last (it changes who is staff).
 */
export type Phase = 'before' | 'holiday' | 'weekend' | 'last'
/** The appointment a row acts on, beyond the fixture states: served on the holiday. */
export type RecordState = FixtureState | 'in_service' | 'completed'

export interface Row {
  fn: string
  action: string
  variant?: string
  cells: string
  record?: RecordState
  /** The action only reads: every cell may share the row's one record. */
  reads?: boolean
  /** The row's appointment is a phone registration by the desk (R7): no citizen is its applicant. */
  viaDesk?: boolean
  phase?: Phase
  /**
   * A valid input, fresh for each allowed call (a new requestId, the current version);
   * `column` is the allowed caller it is made for, or `refusals` for the one the refusals share.
   */
  input: (cloud: ReliabilityCloud, fixture?: Fixture, column?: Column | 'refusals') => Promise<unknown> | unknown
}

const ref = (_cloud: ReliabilityCloud, f?: Fixture) => ({ appointmentId: f!.id, version: f!.version, requestId: newRequestId('auth') })

/** R18: three unanswered calls by the assigned staff after the agreed time, so that a no-show may be recorded; answers the step's reference at the new version. */
async function unansweredCalls(cloud: ReliabilityCloud, f?: Fixture) {
  let version = f!.version
  for (let i = 0; i < 3; i++) {
    const input = { appointmentId: f!.id, version, requestId: newRequestId('call'), way: 'phone', result: 'no_answer' }
    const answer = await cloud.call('counter', 'appointments.recordAttempt', input, WHO.staff)
    // Before the agreed time (the bad-input run's clock) no attempt is taken: the input stays well formed.
    if (!answer.ok) break
    version = answer.data.appointment.version
  }
  return { appointmentId: f!.id, version, requestId: newRequestId('auth') }
}

const item = (name: string) => ({
  name,
  departmentId: 'dept-scjg',
  materials: [{ name: '申请书', copies: 1, form: 'original' }],
  modes: ['appointment'],
  estimatedMinutes: 30,
})

async function adminData(cloud: ReliabilityCloud, action: string, input: unknown): Promise<any> {
  const answer = await cloud.call('admin', action, input, WHO.admin)
  if (!answer.ok) throw new Error(`admin ${action} for a row's input: ${JSON.stringify(answer)}`)
  return answer.data
}
const freshItem = async (cloud: ReliabilityCloud) => (await adminData(cloud, 'items.create', { requestId: newRequestId('item'), item: item('权限表测试事项') })).item
const freshStaff = async (cloud: ReliabilityCloud) =>
  (await adminData(cloud, 'staff.upsert', { name: `测试${Date.now() % 100000}`, roles: ['staff'], windowId: 'win-03' })).staff

let windowNumber = 100
let seq = 0

/** A shift of `staffId` on a walk-in day (R2) scheduled by the section; a slot already taken answers the same shift. */
async function shift(cloud: ReliabilityCloud, date: string, half: 'am' | 'pm', staffId = 'staff-scjg-1', windowId = 'win-02'): Promise<string> {
  const answer = await cloud.call('supervision', 'duty.schedule', { date, half, windowId, staffId }, WHO.section)
  if (!answer.ok) throw new Error(`duty.schedule for a row's input: ${JSON.stringify(answer)}`)
  return answer.data.shift.id
}

/** Ten hours in the time bank (R24) of each window-2 and window-4 staff member, once: earned on duty. */
let credited = false
async function creditTimeBanks(cloud: ReliabilityCloud): Promise<void> {
  if (credited) return
  credited = true
  for (const [staffId, windowId] of [['staff-scjg-1', 'win-02'], ['staff-scjg-leader', 'win-02'], ['staff-rs-1', 'win-04'], ['staff-rs-leader', 'win-04']]) {
    const source = { type: 'duty', id: `reliability-${staffId}` }
    await cloud.insert('timeBankEntries', { _id: `tb-reliability-${staffId}`, staffId, windowId, minutes: 600, source, at: Date.parse('2026-09-19T12:00:00+08:00'), by: 'system', note: '周末值班' })
  }
}

/** Who covers for whom (R24): a colleague of the same window. */
const COVER: Partial<Record<Column, [string, string]>> = {
  staff: ['staff-scjg-leader', '09:00'],
  leader: ['staff-scjg-1', '14:00'],
  'staff*': ['staff-rs-leader', '09:00'],
  'leader*': ['staff-rs-1', '14:00'],
}

/** A pending leave request of staff-scjg-1 (R24), each at an hour of its own. */
async function pendingLeave(cloud: ReliabilityCloud): Promise<string> {
  await creditTimeBanks(cloud)
  const start = `${String(9 + (++seq % 7)).padStart(2, '0')}:00`
  const answer = await cloud.call('counter', 'leave.request', { requestId: newRequestId('leave'), date: '2026-10-13', start, hours: 1, coverStaffId: 'staff-scjg-leader', reason: '家中有事' }, WHO.staff)
  if (!answer.ok) throw new Error(`leave.request for a row's input: ${JSON.stringify(answer)}`)
  return answer.data.leave.id
}

/** A pending leave request of window 2's leader (R24: a leader's own leave goes to the section), each at a half hour of its own. */
let sectionSlot = 0
async function sectionLeave(cloud: ReliabilityCloud): Promise<string> {
  await creditTimeBanks(cloud)
  const slots = ['08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30']
  const start = slots[sectionSlot++ % slots.length]
  const answer = await cloud.call('counter', 'leave.request', { requestId: newRequestId('leave'), date: '2026-10-14', start, hours: 0.5, coverStaffId: 'staff-scjg-1', reason: '体检' }, WHO.leader)
  if (!answer.ok) throw new Error(`leave.request for a row's input: ${JSON.stringify(answer)}`)
  return answer.data.leave.id
}

/** The applicant reviews a served appointment (R20); `dissatisfied` opens a follow-up for the section. */
async function review(cloud: ReliabilityCloud, f: Fixture, level: string): Promise<any> {
  const answer = await cloud.call('booking', 'reviews.submit', { appointmentId: f.id, requestId: newRequestId('review'), level }, f.owner)
  if (!answer.ok) throw new Error(`reviews.submit for a row's input: ${JSON.stringify(answer)}`)
  return answer.data.review
}

async function complaint(cloud: ReliabilityCloud): Promise<any> {
  const answer = await cloud.call('booking', 'complaints.submit', { requestId: newRequestId('complaint'), text: '窗口排队时间太长' }, WHO.liu)
  if (!answer.ok) throw new Error(`complaints.submit for a row's input: ${JSON.stringify(answer)}`)
  return answer.data.complaint
}

const CONFIRM_TEMPLATE = 'ex-CONFIRM-Xq3mZ7f0VnB2kLd9sYt4uWcR8hJpA1eGo'
const request = (date = '2026-10-03') => ({ requestId: newRequestId('req'), itemIds: ['item-001'], date, halfDay: 'pm', applicant: { name: '王五', phone: '13700001111' } })

// prettier-ignore
export const TABLE: Row[] = [
  //                                                                          none anon owner citizen desk section leader staff leader* staff* admin
  { fn: 'catalog', action: 'items.list',               input: () => ({}),                                cells: 'ok ok ok ok ok ok ok ok ok ok ok' },
  { fn: 'catalog', action: 'items.list', variant: 'includeArchived', input: () => ({ includeArchived: true }), cells: 'U F F F F F F F F F ok' },
  { fn: 'catalog', action: 'items.get',                input: () => ({ id: 'item-001' }),                cells: 'ok ok ok ok ok ok ok ok ok ok ok' },
  { fn: 'catalog', action: 'departments.list',         input: () => ({}),                                cells: 'ok ok ok ok ok ok ok ok ok ok ok' },
  { fn: 'catalog', action: 'calendar.range',           input: () => ({ from: '2026-09-28', to: '2026-10-11' }), cells: 'ok ok ok ok ok ok ok ok ok ok ok' },
  { fn: 'catalog', action: 'calendar.upcoming',        input: () => ({}),                                cells: 'ok ok ok ok ok ok ok ok ok ok ok' },
  { fn: 'catalog', action: 'center.get',               input: () => ({}),                                cells: 'ok ok ok ok ok ok ok ok ok ok ok' },
  { fn: 'catalog', action: 'me',                       input: () => ({}),                                cells: 'U ok ok ok ok ok ok ok ok ok ok' },
  { fn: 'catalog', action: 'weekend.walkIn',           input: () => ({}),                                cells: 'ok ok ok ok ok ok ok ok ok ok ok' },
  // last: a citizen who redeems becomes staff; staff already bound get CONFLICT
  { fn: 'catalog', action: 'staff.redeem', phase: 'last',
    input: async (cloud) => ({ code: (await adminData(cloud, 'staff.invite', { staffId: (await freshStaff(cloud)).id })).code }),
                                                                                cells: 'U ok ok ok C C C C C C C' },

  { fn: 'admin', action: 'items.create',       input: () => ({ requestId: newRequestId('item'), item: item('权限表新事项') }), cells: 'U F F F F F F F F F ok' },
  { fn: 'admin', action: 'items.update',       input: async (cloud) => { const i = await freshItem(cloud); return { id: i.id, version: i.version, item: item('权限表改名事项') } }, cells: 'U F F F F F F F F F ok' },
  { fn: 'admin', action: 'items.archive',      input: async (cloud) => { const i = await freshItem(cloud); return { id: i.id, version: i.version } }, cells: 'U F F F F F F F F F ok' },
  { fn: 'admin', action: 'departments.upsert', input: () => ({ name: '权限表测试局' }),                     cells: 'U F F F F F F F F F ok' },
  { fn: 'admin', action: 'windows.upsert',     input: () => ({ departmentId: 'dept-scjg', name: '测试窗口', number: `T${++windowNumber}` }), cells: 'U F F F F F F F F F ok' },
  { fn: 'admin', action: 'staff.list',         input: () => ({}),                                         cells: 'U F F F F F F F F F ok' },
  { fn: 'admin', action: 'staff.upsert',       input: () => ({ name: '权限表人员', roles: ['staff'], windowId: 'win-03' }), cells: 'U F F F F F F F F F ok' },
  { fn: 'admin', action: 'staff.invite',       input: async (cloud) => ({ staffId: (await freshStaff(cloud)).id }), cells: 'U F F F F F F F F F ok' },
  { fn: 'admin', action: 'staff.revoke',       input: async (cloud) => ({ staffId: (await freshStaff(cloud)).id }), cells: 'U F F F F F F F F F ok' },
  { fn: 'admin', action: 'calendar.years',     input: () => ({}),                                         cells: 'U F F F F F F F F F ok' },
  { fn: 'admin', action: 'calendar.history',   input: () => ({ year: 2026 }),                             cells: 'U F F F F F F F F F ok' },
  { fn: 'admin', action: 'calendar.setYear',
    input: async (cloud) => { const y = (await adminData(cloud, 'calendar.years', {})).years.find((e: any) => e.calendar.year === 2026); return { version: y.version, calendar: y.calendar } },
                                                                                                             cells: 'U F F F F F F F F F ok' },
  { fn: 'admin', action: 'calendar.parseNotice', input: () => ({ year: 2027, text: '一、元旦：1月1日放假，共1天。' }), cells: 'U F F F F F F F F F ok' },
  { fn: 'admin', action: 'settings.get',       input: () => ({}),                                         cells: 'U F F F F F F F F F ok' },
  { fn: 'admin', action: 'settings.update',    input: async (cloud) => ({ version: (await adminData(cloud, 'settings.get', {})).version, patch: { reminderFrom: '09:00' } }), cells: 'U F F F F F F F F F ok' },
  { fn: 'admin', action: 'messages.issues',    input: () => ({}),                                         cells: 'U F F F F F F F F F ok' },

  { fn: 'booking', action: 'appointments.request',     input: () => request(),                          cells: 'U ok ok ok ok ok ok ok ok ok ok' },
  { fn: 'booking', action: 'appointments.request', variant: 'channel desk', input: () => ({ ...request(), channel: 'desk' }), cells: 'U F F F ok ok F F F F F' },
  { fn: 'booking', action: 'appointments.mine',        input: () => ({}),                               cells: 'U ok ok ok ok ok ok ok ok ok ok' },
  { fn: 'booking', action: 'appointments.get', record: 'assigned', reads: true, input: (_c, f) => ({ appointmentId: f!.id }), cells: 'U N ok N N ok ok ok N N N' },
  // issue 13: who may not see an appointment is told NOT_FOUND by every step, before its version or state
  { fn: 'booking', action: 'appointments.cancel', record: 'assigned', input: async (c, f) => ({ ...(await ref(c, f)), reason: '行程有变' }), cells: 'U N ok N N ok F F N N N' },
  { fn: 'booking', action: 'appointments.cancel', variant: 'desk-made', record: 'assigned', viaDesk: true,
    input: async (c, f) => ({ ...(await ref(c, f)), reason: '申请人来电取消' }),                                    cells: 'U N N N ok ok F F N N N' },
  // R16: only the applicant asks to move here; the window's staff propose from the counter
  { fn: 'booking', action: 'appointments.proposeChange', record: 'confirmed', input: async (c, f) => ({ ...(await ref(c, f)), reason: '临时有事', newTime: '10:30' }), cells: 'U N ok N N F F F N N N' },
  { fn: 'booking', action: 'appointments.acknowledge', record: 'completed', phase: 'holiday', input: (c, f) => ref(c, f), cells: 'U N ok N N F F F N N N' },
  { fn: 'booking', action: 'appointments.acknowledge', variant: 'desk-made', record: 'completed', phase: 'holiday', viaDesk: true,
    input: (c, f) => ref(c, f),                                                                                   cells: 'U N N N F F F F N N N' },

  // R7: anyone with an OPENID may prove their number; a number no fixture was registered for, so the claim links nothing the other rows use
  { fn: 'booking', action: 'appointments.claimByPhone', input: async (cloud) => ({ code: (await cloud.post('/__dev/phonecode', { phoneNumber: '13700009876' })).code }), cells: 'U ok ok ok ok ok ok ok ok ok ok' },
  { fn: 'booking', action: 'phone.fromCode', input: async (cloud) => ({ code: (await cloud.post('/__dev/phonecode', {})).code }), cells: 'U ok ok ok ok ok ok ok ok ok ok' },
  { fn: 'booking', action: 'subscriptions.grant', input: () => ({ requestId: newRequestId('grant'), answers: { [CONFIRM_TEMPLATE]: 'accept' } }), cells: 'U ok ok ok ok ok ok ok ok ok ok' },
  { fn: 'booking', action: 'reviews.submit', record: 'completed', phase: 'holiday', input: (_c, f) => ({ appointmentId: f!.id, requestId: newRequestId('review'), level: 'satisfied' }), cells: 'U N ok N N N N N N N N' },
  { fn: 'booking', action: 'complaints.submit', input: () => ({ requestId: newRequestId('complaint'), text: '窗口排队时间太长' }), cells: 'U ok ok ok ok ok ok ok ok ok ok' },
  { fn: 'booking', action: 'complaints.submit', variant: 'about an appointment', record: 'assigned',
    input: (_c, f) => ({ requestId: newRequestId('complaint'), text: '工作人员没有按时联系我', appointmentId: f!.id }), cells: 'U N ok N N N N N N N N' },
  { fn: 'booking', action: 'complaints.mine',          input: () => ({}),                               cells: 'U ok ok ok ok ok ok ok ok ok ok' },

  { fn: 'counter', action: 'queue.list',               input: () => ({}),                               cells: 'U F F F F F ok ok ok ok F' },
  { fn: 'counter', action: 'queue.entry', record: 'assigned', reads: true, input: (_c, f) => ({ appointmentId: f!.id }), cells: 'U F F F F F ok ok N N F' },
  { fn: 'counter', action: 'appointments.assign', record: 'dispatched', input: async (c, f) => ({ ...(await ref(c, f)), staffId: 'staff-scjg-1' }), cells: 'U F F F F F ok F N F F' },
  { fn: 'counter', action: 'appointments.confirm', record: 'assigned',
    input: async (c, f) => ({ ...(await ref(c, f)), agreedTime: '09:30', contact: { note: '已告知', materialsToldInFull: true } }), cells: 'U F F F F F ok ok N N F' },
  { fn: 'counter', action: 'appointments.confirmPart', record: 'parallel_confirmed', input: async (c, f) => ({ ...(await ref(c, f)), note: '配合窗口已确认' }), cells: 'U F F F F F ok ok F F F' },
  { fn: 'counter', action: 'appointments.proposeChange', record: 'confirmed', input: async (c, f) => ({ ...(await ref(c, f)), reason: '窗口设备检修', newTime: '11:00' }), cells: 'U F F F F F ok ok N N F' },
  { fn: 'counter', action: 'appointments.forceMajeure', record: 'confirmed', input: async (c, f) => ({ ...(await ref(c, f)), note: '暴雨停电' }), cells: 'U F F F F F ok ok N N F' },
  { fn: 'counter', action: 'appointments.markLate', record: 'confirmed', phase: 'holiday', input: async (c, f) => ({ ...(await ref(c, f)), contacted: true, gaveUp: true }), cells: 'U F F F F F ok ok N N F' },
  { fn: 'counter', action: 'appointments.recordAttempt', record: 'confirmed', phase: 'holiday', input: async (c, f) => ({ ...(await ref(c, f)), way: 'phone', result: 'no_answer' }), cells: 'U F F F F F ok ok N N F' },
  { fn: 'counter', action: 'appointments.markNoShow', record: 'confirmed', phase: 'holiday', input: (c, f) => unansweredCalls(c, f), cells: 'U F F F F F ok ok N N F' },
  { fn: 'counter', action: 'appointments.start', record: 'confirmed', phase: 'holiday', input: (c, f) => ref(c, f), cells: 'U F F F F F ok ok N N F' },
  { fn: 'counter', action: 'appointments.complete', record: 'in_service', phase: 'holiday', input: async (c, f) => ({ ...(await ref(c, f)), result: '已办结' }), cells: 'U F F F F F ok ok N N F' },
  // R19: the applicant signed the printed form; its serial number is the record's reference number
  { fn: 'counter', action: 'appointments.paperSign', record: 'completed', phase: 'holiday', viaDesk: true,
    input: async (c, f) => ({ ...(await ref(c, f)), formNo: (await c.dump('appointments')).find((a) => a._id === f!.id)?.referenceNo ?? '' }), cells: 'U F F F F F ok ok N N F' },

  // window.staff, duty and the time bank are about one's own window and person: no record of another window to name
  { fn: 'counter', action: 'window.staff',             input: () => ({}),                               cells: 'U F F F F F ok F ok F F' },
  { fn: 'counter', action: 'duty.mine',                input: () => ({}),                               cells: 'U F F F F F ok ok ok ok F' },
  { fn: 'counter', action: 'duty.checkIn', phase: 'weekend',
    input: (cloud, _f, column) => (column === 'staff' ? shift(cloud, '2026-10-17', 'am') : shift(cloud, '2026-10-18', 'am')).then((shiftId) => ({ shiftId })), cells: 'U F F F F F N ok N N F' },
  { fn: 'counter', action: 'duty.checkOut', phase: 'weekend',
    input: async (cloud, _f, column) => {
      if (column !== 'staff') return { shiftId: await shift(cloud, '2026-10-18', 'pm') }
      const shiftId = await shift(cloud, '2026-10-17', 'am')
      await cloud.call('counter', 'duty.checkIn', { shiftId }, WHO.staff)
      return { shiftId }
    },                                                                                                      cells: 'U F F F F F N ok N N F' },
  { fn: 'counter', action: 'walkIn.today',             input: () => ({}),                               cells: 'U F F F F F ok ok ok ok F' },
  // the walk-in log (R2, R21): only on one's own shift, checked in; anyone else's shift is NOT_FOUND
  { fn: 'counter', action: 'walkIn.log', phase: 'weekend',
    input: async (cloud, _f, column) => {
      const shiftId = await shift(cloud, '2026-10-17', 'am')
      if (column === 'staff') await cloud.call('counter', 'duty.checkIn', { shiftId }, WHO.staff)
      return { requestId: newRequestId('walkin'), shiftId, itemId: 'item-001', count: 1, assisted: column === 'staff' }
    },                                                                                                      cells: 'U F F F F F N ok N N F' },
  { fn: 'counter', action: 'timebank.mine',            input: () => ({}),                               cells: 'U F F F F F ok ok ok ok F' },
  { fn: 'counter', action: 'leave.request',
    input: async (cloud, _f, column) => {
      await creditTimeBanks(cloud)
      const [cover, start] = COVER[column as Column] ?? ['staff-scjg-leader', '09:00']
      return { requestId: newRequestId('leave'), date: '2026-10-12', start, hours: 1, coverStaffId: cover, reason: '家中有事' }
    },                                                                                                      cells: 'U F F F F F ok ok ok ok F' },
  { fn: 'counter', action: 'leave.decide', input: async (cloud) => ({ leaveId: await pendingLeave(cloud), decision: 'reject', note: '当天人手不足' }), cells: 'U F F F F F ok F N F F' },

  { fn: 'section', action: 'inbox.list',               input: () => ({}),                               cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'appointments.dispatch', record: 'submitted', input: async (c, f) => ({ ...(await ref(c, f)), leadWindowId: 'win-02' }), cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'appointments.redispatch', record: 'assigned', input: async (c, f) => ({ ...(await ref(c, f)), leadWindowId: 'win-03', reason: '原窗口人手不足' }), cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'appointments.reschedule', record: 'force_majeure', input: async (c, f) => ({ ...(await ref(c, f)), newTime: '10:00', reason: '已与申请人约定' }), cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'appointments.list',        input: () => ({ channel: 'phone' }),             cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'appointments.record', record: 'assigned', reads: true, input: (_c, f) => ({ appointmentId: f!.id }), cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'appointments.split', record: 'parallel_submitted', input: async (c, f) => ({ ...(await ref(c, f)), itemIds: ['item-001'] }), cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'changes.decide', record: 'change_pending', input: async (c, f) => ({ ...(await ref(c, f)), approve: true }), cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'records.form', record: 'assigned', reads: true, input: (_c, f) => ({ appointmentId: f!.id }), cells: 'U F F F F ok ok ok N N F' },
  { fn: 'section', action: 'records.formDocument', record: 'assigned', reads: true, input: (_c, f) => ({ appointmentId: f!.id }), cells: 'U F F F F ok ok ok N N F' },
  { fn: 'section', action: 'records.register',         input: () => ({ from: '2026-10-01', to: '2026-10-08', windowId: 'win-02' }), cells: 'U F F F F ok ok ok F F F' },
  { fn: 'section', action: 'records.unfiled',          input: () => ({}),                               cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'records.file', record: 'completed', phase: 'holiday',
    input: (_c, f) => ({ requestId: newRequestId('file'), records: [{ appointmentId: f!.id, version: f!.version }] }), cells: 'U F F F F ok F F F F F' },
  { fn: 'supervision', action: 'duty.schedule',
    input: (_c, _f, column) => ({ date: '2026-10-31', half: column === 'leader' ? 'pm' : column === 'section' ? 'am' : 'am', windowId: 'win-02', staffId: column === 'refusals' ? 'staff-scjg-leader' : 'staff-scjg-1' }),
                                                                                                            cells: 'U F F F F ok ok F F F F' },
  { fn: 'supervision', action: 'duty.remove',
    input: (cloud, _f, column) => shift(cloud, column === 'section' ? '2026-10-24' : '2026-10-25', column === 'leader' ? 'pm' : 'am').then((shiftId) => ({ shiftId })),
                                                                                                            cells: 'U F F F F ok ok F N F F' },
  // closing a window's day waives its duty (R21, R23): the section's alone, not a window leader's
  { fn: 'supervision', action: 'duty.close',               input: () => ({ date: '2026-11-07', windowId: 'win-03', reason: '本窗口人员外出培训' }), cells: 'U F F F F ok F F F F F' },
  { fn: 'supervision', action: 'duty.reopen',
    input: async (cloud, _f, column) => {
      if (column === 'section') await cloud.call('supervision', 'duty.close', { date: '2026-11-08', windowId: 'win-03', reason: '系统或设备检修' }, WHO.section)
      return { date: '2026-11-08', windowId: 'win-03' }
    },                                                                                                      cells: 'U F F F F ok F F F F F' },
  { fn: 'supervision', action: 'duty.roster',              input: () => ({ from: '2026-10-17', to: '2026-10-31' }), cells: 'U F F F F ok ok F ok F F' },
  { fn: 'section', action: 'reviews.list',             input: () => ({}),                               cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'reviews.resolve', record: 'completed', phase: 'holiday',
    input: async (cloud, f) => { const r = await review(cloud, f!, 'dissatisfied'); return { appointmentId: f!.id, version: r.version, requestId: newRequestId('resolve'), note: '已致电致歉并说明原因' } },
                                                                                                            cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'complaints.list',          input: () => ({}),                               cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'complaints.resolve',
    input: async (cloud) => { const c = await complaint(cloud); return { complaintId: c.id, version: c.version, requestId: newRequestId('resolve'), note: '已增加周末值班人员', upheld: false } },
                                                                                                            cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'complaints.register',
    input: () => ({ requestId: newRequestId('register'), channel: '12345', callerName: '王先生', callerPhone: '13912345678', text: '窗口让我跑了三趟' }), cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'visits.pending',           input: () => ({}),                               cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'visits.record', record: 'completed', phase: 'holiday',
    input: (_c, f) => ({ appointmentId: f!.id, requestId: newRequestId('visit'), how: 'phone', note: '申请人表示满意' }), cells: 'U F F F F ok F F F F F' },
  { fn: 'supervision', action: 'supervision.report',       input: () => ({ from: '2026-10-01', to: '2026-10-07' }), cells: 'U F F F F ok F F F F F' },
  { fn: 'supervision', action: 'supervision.recordFinding',
    input: () => ({ requestId: newRequestId('finding'), kind: 'inspection', windowId: 'win-02', date: '2026-09-01', evidence: '检查时窗口无人在岗' }), cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'leave.pending', reads: true, input: () => ({}),                    cells: 'U F F F F ok F F F F F' },
  { fn: 'section', action: 'leave.decide', input: async (cloud) => ({ leaveId: await sectionLeave(cloud), decision: 'reject', note: '当天有检查' }), cells: 'U F F F F ok F F F F F' },
]

/** The holiday clock: the appointments' agreed 09:00 is 30+ minutes past (R18), service may start (R19). */
export const ON_HOLIDAY = `${HOLIDAY}T09:45:00+08:00`
export const LATER_ON_HOLIDAY = `${HOLIDAY}T10:15:00+08:00`
/** A walk-in Saturday (R2) just after the morning's start: duty check-in (R21). */
export const WEEKEND_MORNING = '2026-10-17T08:40:00+08:00'
export { BEFORE_DEADLINE }

export const rowName = (row: Row) => `${row.fn} ${row.action}${row.variant ? ` (${row.variant})` : ''}`

/** The expected cells of a row, by column. */
export function expectedCells(row: Row): Record<Column, string> {
  const cells = row.cells.trim().split(/\s+/)
  if (cells.length !== COLUMNS.length) throw new Error(`${rowName(row)}: ${cells.length} cells for ${COLUMNS.length} columns`)
  return Object.fromEntries(COLUMNS.map((c, i) => [c, cells[i]])) as Record<Column, string>
}
