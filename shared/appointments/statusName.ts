import type { AppointmentStatus } from './appointment'

/** The Chinese name of each state, as citizens and staff read it. */
export const STATUS_NAMES: Record<AppointmentStatus, string> = {
  submitted: '已提交',
  dispatched: '已派单',
  assigned: '已分配',
  confirmed: '已确认',
  change_pending: '变更待审批',
  in_service: '办理中',
  completed: '已办结',
  acknowledged: '已确认办结',
  cancelled: '已取消',
  abandoned: '已放弃（视为完成）',
  force_majeure: '不可抗力',
  no_show: '未到（视为完成）',
}

/**
 * The Chinese name of a state.
 * @example statusName('confirmed') // '已确认'
 */
export function statusName(status: AppointmentStatus): string {
  return STATUS_NAMES[status]
}
