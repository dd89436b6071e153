import { DEFAULT_SETTINGS } from '../../settings'
import type { ContextFor } from '../context'
import type { AppointmentEvent, EventType } from '../eventSchemas'
import { ASSIGNED_STAFF, DATE, LEAD, REFERENCE_NO, at } from './makeAppointment'

/** Test support: for each event, a payload, context and moment at which every business rule passes. */
export const VALID: { [K in EventType]: { event: AppointmentEvent<K>; context: ContextFor<K>; now: number } } = {
  request: {
    event: {
      type: 'request',
      requestId: 'req-00000002',
      itemIds: ['item-1'],
      date: DATE,
      applicant: { name: '李四', phone: '13912345678' },
    },
    context: {
      id: 'a-new',
      day: { date: DATE, kind: 'holiday', holidayName: '国庆节', service: 'appointment' },
      booking: { open: true, handledFrom: '2026-09-28' },
      items: [{ id: 'item-1', active: true, modes: ['appointment'] }],
      activeCount: 0,
      perApplicantCap: DEFAULT_SETTINGS.perApplicantCap,
      serviceHours: DEFAULT_SETTINGS.holidayHours,
    },
    now: at('2026-09-28 10:00'),
  },
  dispatch: { event: { type: 'dispatch', leadWindowId: LEAD, assistingWindowIds: ['w-assist'] }, context: {}, now: at('2026-09-28 11:00') },
  redispatch: { event: { type: 'redispatch', leadWindowId: 'w-other', reason: '原窗口人员不足' }, context: {}, now: at('2026-09-28 15:00') },
  assign: {
    event: { type: 'assign', staffId: ASSIGNED_STAFF },
    context: { staff: { id: ASSIGNED_STAFF, roles: ['staff'], windowId: LEAD, active: true } },
    now: at('2026-09-28 14:00'),
  },
  confirm: {
    event: { type: 'confirm', agreedTime: '09:00', plannedMinutes: 60, contact: { note: '电话联系，已告知材料', materialsToldInFull: true } },
    context: { serviceHours: DEFAULT_SETTINGS.holidayHours, estimatedMinutes: 30 },
    now: at('2026-09-29 10:00'),
  },
  confirmPart: { event: { type: 'confirmPart' }, context: {}, now: at('2026-09-29 11:00') },
  proposeChange: {
    event: { type: 'proposeChange', reason: '窗口设备检修', newTime: '10:00' },
    context: { serviceHours: DEFAULT_SETTINGS.holidayHours },
    now: at('2026-09-30 09:00'),
  },
  decideChange: { event: { type: 'decideChange', decision: 'approved' }, context: {}, now: at('2026-09-30 10:00') },
  forceMajeure: { event: { type: 'forceMajeure', note: '暴雨停电' }, context: {}, now: at('2026-10-01 20:00') },
  reschedule: {
    event: { type: 'reschedule', newDate: '2026-10-03', newTime: '10:00', reason: '已与申请人约定改至10月3日' },
    context: {
      serviceHours: DEFAULT_SETTINGS.holidayHours,
      newDay: { date: '2026-10-03', kind: 'holiday', holidayName: '国庆节', service: 'appointment' },
    },
    now: at('2026-10-01 21:00'),
  },
  cancel: { event: { type: 'cancel', reason: '行程有变' }, context: {}, now: at('2026-09-30 10:00') },
  start: { event: { type: 'start' }, context: {}, now: at('2026-10-02 08:55') },
  markLate: { event: { type: 'markLate', contacted: true, gaveUp: true }, context: {}, now: at('2026-10-02 09:31') },
  complete: { event: { type: 'complete', result: '营业执照已发放' }, context: {}, now: at('2026-10-02 09:50') },
  acknowledge: { event: { type: 'acknowledge' }, context: {}, now: at('2026-10-02 10:00') },
  recordAttempt: { event: { type: 'recordAttempt', way: 'phone', result: 'no_answer' }, context: {}, now: at('2026-10-02 09:10') },
  markNoShow: { event: { type: 'markNoShow' }, context: { attempts: 3, minutes: 30 }, now: at('2026-10-02 09:31') },
  split: { event: { type: 'split', itemIds: ['item-2'] }, context: { newId: 'a-split' }, now: at('2026-09-28 10:30') },
  paperSign: { event: { type: 'paperSign', formNo: REFERENCE_NO, onRequest: true }, context: {}, now: at('2026-10-02 10:00') },
  file: { event: { type: 'file', box: '2026年第1卷' }, context: { archiveNo: '2026-G-0001' }, now: at('2026-10-08 10:00') },
}
