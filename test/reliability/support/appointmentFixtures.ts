import { codeOf, type ReliabilityCloud } from './reliabilityCloud'

/** Seeded identities (emulator/src/seed/exampleData.ts). */
export const WHO = {
  admin: 'oEXAMPLE_admin_wang',
  section: 'oEXAMPLE_section_li',
  desk: 'oEXAMPLE_desk_zhao',
  leader: 'oEXAMPLE_scjg_leader',
  staff: 'oEXAMPLE_scjg_staff',
  otherLeader: 'oEXAMPLE_rs_leader',
  otherStaff: 'oEXAMPLE_rs_staff',
  zhang: 'oEXAMPLE_citizen_zhang',
  liu: 'oEXAMPLE_citizen_liu',
} as const

/** Before the 国庆 2026 booking deadline (R6: 17:00 on 30 September). */
export const BEFORE_DEADLINE = '2026-09-30T10:00:00+08:00'
export const HOLIDAY = '2026-10-02'

export type FixtureState = 'submitted' | 'dispatched' | 'assigned' | 'confirmed' | 'change_pending' | 'force_majeure' | 'parallel_submitted' | 'parallel_confirmed'

let seq = 0
export const newRequestId = (prefix = 'rel') => `${prefix}-${Date.now().toString(36)}-${++seq}`
export const newCitizen = () => `oREL_owner_${Date.now().toString(36)}_${++seq}`

const deskPhone = () => `136${String((Date.now() * 7 + ++seq) % 100_000_000).padStart(8, '0')}`

export interface Fixture {
  id: string
  owner: string
  /** the stored version after the last step taken here */
  version: number
}

async function must(what: string, answer: Promise<any>): Promise<any> {
  const result = await answer
  if (codeOf(result) !== 'ok') throw new Error(`fixture step ${what} answered ${JSON.stringify(result)}`)
  return result.data
}

/**
 * An appointment brought to `state` through the real functions, as the people who take
 * each step (R9, R10, R11, R13, R16, R17), while the clock is before the booking deadline. Item-001 at
 * win-02 (市场监管), assigned to staff-scjg-1 and confirmed for 09:00 on 2 October;
 * `parallel_confirmed` is item-006 + item-001 led by win-04 (社保) with win-02 assisting (R13),
 * `parallel_submitted` the same two items not yet dispatched (a request the section may split, R14);
 * `via` `desk`: a phone registration the desk (赵) made for a citizen instead of the citizen's own.
 */
export async function appointmentIn(cloud: ReliabilityCloud, state: FixtureState, agreedTime = '09:00', via: 'mini-program' | 'desk' = 'mini-program'): Promise<Fixture> {
  const owner = newCitizen()
  const parallel = state === 'parallel_confirmed' || state === 'parallel_submitted'
  const request = { requestId: newRequestId(), itemIds: parallel ? ['item-006', 'item-001'] : ['item-001'], date: HOLIDAY, halfDay: 'am' }
  // A phone registration by the desk (R7) has no OPENID: `owner` is then a citizen it is not theirs. Its
  // applicant is known by phone, one per fixture so that the per-applicant cap is never reached.
  const made = await must(
    'request',
    via === 'desk'
      ? cloud.call('booking', 'appointments.request', { ...request, channel: 'phone', applicant: { name: '王五', phone: deskPhone() } }, WHO.desk)
      : cloud.call('booking', 'appointments.request', { ...request, applicant: { name: '李四', phone: '13912345678' } }, owner),
  )
  const id: string = made.appointment.id
  let version: number = made.appointment.version
  const step = async (what: string, fn: string, action: string, payload: object, openid: string) => {
    version = (await must(what, cloud.call(fn, action, { appointmentId: id, version, requestId: newRequestId(), ...payload }, openid))).appointment.version
  }
  if (state === 'submitted' || state === 'parallel_submitted') return { id, owner, version }
  await step('dispatch', 'section', 'appointments.dispatch', { leadWindowId: parallel ? 'win-04' : 'win-02', assistingWindowIds: parallel ? ['win-02'] : [] }, WHO.section)
  if (state === 'dispatched') return { id, owner, version }
  await step('assign', 'counter', 'appointments.assign', { staffId: parallel ? 'staff-rs-1' : 'staff-scjg-1' }, parallel ? WHO.otherLeader : WHO.leader)
  if (state === 'assigned') return { id, owner, version }
  const contact = { note: '已电话告知所需材料', materialsToldInFull: true }
  await step('confirm', 'counter', 'appointments.confirm', { agreedTime, contact }, parallel ? WHO.otherStaff : WHO.staff)
  if (state === 'confirmed' || state === 'parallel_confirmed') return { id, owner, version }
  if (state === 'force_majeure') {
    await step('forceMajeure', 'counter', 'appointments.forceMajeure', { note: '窗口停电，已告知申请人' }, WHO.staff)
    return { id, owner, version }
  }
  await step('proposeChange', 'counter', 'appointments.proposeChange', { reason: '窗口设备检修', newTime: '10:30' }, WHO.staff)
  return { id, owner, version }
}

/** On the holiday itself: the assigned staff starts serving a confirmed appointment (R19). */
export async function startService(cloud: ReliabilityCloud, fixture: Fixture): Promise<void> {
  const ref = { appointmentId: fixture.id, version: fixture.version, requestId: newRequestId() }
  fixture.version = (await must('start', cloud.call('counter', 'appointments.start', ref, WHO.staff))).appointment.version
}

/** The assigned staff records the outcome (R19). */
export async function completeService(cloud: ReliabilityCloud, fixture: Fixture): Promise<void> {
  const ref = { appointmentId: fixture.id, version: fixture.version, requestId: newRequestId(), result: '已办结' }
  fixture.version = (await must('complete', cloud.call('counter', 'appointments.complete', ref, WHO.staff))).appointment.version
}
