import type { Appointment, AppointmentStatus } from '../appointment'

/**
 * Test support, not part of the public face: appointments in any state with
 * the fields that state implies, and overrides on top (docs/style.md, 9).
 * The holiday is 国庆 2026; the agreed time 2026-10-02 09:00 Beijing.
 */
export const DATE = '2026-10-02'
export const AGREED_TIME = '09:00'
export const LEAD = 'w-lead'
export const ASSIST = 'w-assist'
export const ASSIGNED_STAFF = 's-assigned'
export const APPLICANT_OPENID = 'o-applicant'

/** An instant written as Beijing wall-clock time, e.g. `at('2026-10-02 09:31')`. */
export function at(beijing: string): number {
  return Date.parse(`${beijing.replace(' ', 'T')}:00+08:00`)
}

/** A submitted mini-program appointment, with overrides. */
/** The reference number test appointments carry (R8). */
export const REFERENCE_NO = '2026-000001'

export function makeAppointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    id: 'a-1',
    referenceNo: REFERENCE_NO,
    requestId: 'req-00000001',
    applicant: { name: '张三', phone: '13812345678' },
    applicantOpenid: APPLICANT_OPENID,
    itemIds: ['item-1'],
    date: DATE,
    halfDay: 'am',
    channel: 'mini-program',
    status: 'submitted',
    version: 1,
    assistingWindowIds: [],
    parts: [],
    createdAt: at('2026-09-28 10:00'),
    timeline: [{ at: at('2026-09-28 10:00'), by: APPLICANT_OPENID, byRole: 'applicant', event: 'request', status: 'submitted' }],
    ...overrides,
  }
}

type Fields = Partial<Appointment>

const dispatched: Fields = {
  leadWindowId: LEAD,
  assistingWindowIds: [ASSIST],
  parts: [
    { windowId: LEAD, role: 'lead' },
    { windowId: ASSIST, role: 'assist' },
  ],
}
const assigned: Fields = {
  ...dispatched,
  assignedStaffId: ASSIGNED_STAFF,
  parts: [
    { windowId: LEAD, role: 'lead', staffId: ASSIGNED_STAFF },
    { windowId: ASSIST, role: 'assist' },
  ],
}
const confirmed: Fields = {
  ...assigned,
  agreedTime: AGREED_TIME,
  plannedMinutes: 60,
  contact: { at: at('2026-09-29 10:00'), by: ASSIGNED_STAFF, note: '电话联系', materialsToldInFull: true },
  parts: [
    { windowId: LEAD, role: 'lead', staffId: ASSIGNED_STAFF, confirmedAt: at('2026-09-29 10:00') },
    { windowId: ASSIST, role: 'assist' },
  ],
}
const inService: Fields = { ...confirmed, startedAt: at('2026-10-02 09:00') }
const completed: Fields = {
  ...inService,
  outcome: { result: '已办结', startedAt: at('2026-10-02 09:00'), endedAt: at('2026-10-02 09:40'), minutes: 40 },
}

/** The fields each state implies, as the transitions would have set them. */
const STATE_FIELDS: Record<AppointmentStatus, Fields> = {
  submitted: {},
  dispatched,
  assigned,
  confirmed,
  change_pending: { ...confirmed, change: { proposedBy: ASSIGNED_STAFF, reason: '窗口设备检修', newTime: '10:00', at: at('2026-09-29 11:00') } },
  in_service: inService,
  completed,
  acknowledged: { ...completed, acknowledgedAt: at('2026-10-02 10:00') },
  cancelled: { cancellation: { at: at('2026-09-29 09:00'), by: APPLICANT_OPENID, reason: '行程有变' } },
  abandoned: {
    ...confirmed,
    lateRecord: { at: at('2026-10-02 09:35'), by: ASSIGNED_STAFF, contacted: true, gaveUp: true, note: '' },
  },
  force_majeure: { ...confirmed, forceMajeure: { at: at('2026-10-01 20:00'), by: ASSIGNED_STAFF, note: '暴雨停电' } },
  no_show: { ...confirmed, noShow: { at: at('2026-10-02 09:40'), by: ASSIGNED_STAFF, attempts: 3 } },
}

/** An appointment in `status`, with what that state implies, and overrides. */
export function appointmentIn(status: AppointmentStatus, overrides: Fields = {}): Appointment {
  return makeAppointment({ ...STATE_FIELDS[status], status, ...overrides })
}
