import type { ActorKind, Appointment, AppointmentStatus } from './appointment'
import type { ActorScope } from './actor'
import type { AppointmentEvent, EventType } from './eventSchemas'

/**
 * One row of the transition table: the event, the states it is accepted in
 * (`null`: no appointment yet), the state it leads to, who may take it and
 * the rule behind it. `leader` and `staff` are read under the row's scope
 * (see `ActorScope`): by default the lead window's leader and the assigned
 * staff.
 */
export interface TransitionRow<K extends EventType = EventType> extends ActorScope {
  event: K
  from: readonly (AppointmentStatus | null)[]
  /** The next state; `unchanged` keeps the current one; a function reads the event and the appointment before it. */
  to: AppointmentStatus | 'unchanged' | ((event: AppointmentEvent<K>, before: Appointment | null) => AppointmentStatus)
  roles: readonly ActorKind[]
  rule: string
}

const row = <K extends EventType>(r: TransitionRow<K>): TransitionRow<K> => r

const BEFORE_SERVICE: readonly AppointmentStatus[] = ['submitted', 'dispatched', 'assigned', 'confirmed', 'change_pending']

/**
 * The appointment state machine as data (docs/architecture.md: "The transition
 * table lives in shared/ as data, with each rule's id"). An event a state
 * does not accept is `INVALID_TRANSITION`; an actor the row does not name is
 * `FORBIDDEN`. Staff never cancel (R15): they propose a change (R16) or
 * report force majeure (R17).
 */
export const TRANSITIONS = [
  row({ event: 'request', from: [null], to: 'submitted', roles: ['applicant', 'desk', 'section'], rule: 'R6 R7 R8' }),
  row({ event: 'dispatch', from: ['submitted'], to: 'dispatched', roles: ['section'], rule: 'R9 R13' }),
  row({ event: 'redispatch', from: ['dispatched', 'assigned'], to: 'dispatched', roles: ['section'], rule: 'R9 R13' }),
  row({ event: 'assign', from: ['dispatched', 'assigned'], to: 'assigned', roles: ['leader'], rule: 'R10' }),
  row({ event: 'confirm', from: ['assigned'], to: 'confirmed', roles: ['staff', 'leader'], rule: 'R11 R12 R14' }),
  row({
    event: 'confirmPart',
    from: ['dispatched', 'assigned', 'confirmed'],
    to: 'unchanged',
    roles: ['leader', 'staff'],
    window: 'assisting',
    staff: 'window',
    rule: 'R13',
  }),
  row({ event: 'proposeChange', from: ['confirmed'], to: 'change_pending', roles: ['staff', 'leader', 'applicant'], rule: 'R15 R16' }),
  row({ event: 'decideChange', from: ['change_pending'], to: 'confirmed', roles: ['section'], rule: 'R16' }),
  row({ event: 'forceMajeure', from: ['assigned', 'confirmed', 'change_pending'], to: 'force_majeure', roles: ['staff', 'leader'], rule: 'R17' }),
  row({
    event: 'reschedule',
    from: ['force_majeure'],
    // R17: another window's leader assigns (as on a dispatch); the lead window's named staff has the time agreed
    // once the applicant was told the materials (R11), else they call and confirm it.
    to: (event, before) => (event.leadWindowId !== undefined ? 'dispatched' : before?.contact?.materialsToldInFull ? 'confirmed' : 'assigned'),
    roles: ['section'],
    rule: 'R17',
  }),
  row({ event: 'cancel', from: BEFORE_SERVICE, to: 'cancelled', roles: ['applicant', 'desk', 'section'], rule: 'R15' }),
  row({ event: 'start', from: ['confirmed'], to: 'in_service', roles: ['staff'], staff: 'window', rule: 'R19' }),
  row({
    event: 'markLate',
    from: ['confirmed'],
    to: (event) => (event.gaveUp ? 'abandoned' : 'confirmed'),
    roles: ['staff', 'leader'],
    rule: 'R18',
  }),
  row({ event: 'complete', from: ['in_service'], to: 'completed', roles: ['staff'], staff: 'window', rule: 'R14 R19' }),
  row({ event: 'acknowledge', from: ['completed'], to: 'acknowledged', roles: ['applicant'], rule: 'R19' }),
  row({ event: 'split', from: ['submitted'], to: 'unchanged', roles: ['section'], rule: 'R14' }),
  row({ event: 'recordAttempt', from: ['confirmed'], to: 'unchanged', roles: ['staff', 'leader'], rule: 'R18' }),
  row({ event: 'markNoShow', from: ['confirmed'], to: 'no_show', roles: ['staff', 'leader'], rule: 'R18' }),
  row({ event: 'paperSign', from: ['completed'], to: 'acknowledged', roles: ['staff', 'leader'], staff: 'window', rule: 'R19' }),
  row({ event: 'file', from: ['completed', 'acknowledged', 'abandoned', 'no_show'], to: 'unchanged', roles: ['section'], rule: 'R8 R19' }),
] as const

/** The row for an event. */
export function transitionFor<K extends EventType>(event: K): TransitionRow<K> {
  return TRANSITIONS.find((r) => r.event === event) as unknown as TransitionRow<K>
}

/** What each event does, in Chinese, for "当前状态为“已确认”，不能派单". */
export const EVENT_NAMES: Record<EventType, string> = {
  request: '提交预约',
  dispatch: '派单',
  redispatch: '改派',
  assign: '分配工作人员',
  confirm: '确认预约',
  confirmPart: '确认配合办理',
  proposeChange: '申请变更',
  decideChange: '审批变更',
  forceMajeure: '报告不可抗力',
  reschedule: '不可抗力后改期',
  cancel: '取消预约',
  start: '开始办理',
  markLate: '登记迟到',
  complete: '办结',
  acknowledge: '确认办结',
  split: '拆分预约',
  recordAttempt: '登记联系记录',
  markNoShow: '登记未到',
  paperSign: '登记纸质签字',
  file: '归档',
}
