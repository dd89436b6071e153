import { statusName, type AppointmentStatus, type QueueEntry } from '@shared/appointments'
import { QUEUE_STATUSES } from './queueStatuses'

export interface QueueGroup {
  status: AppointmentStatus
  title: string
  entries: QueueEntry[]
}

/**
 * The queue split by status (待分配, 待联系, 已确认, 变更待审批, 办理中), in the
 * order a window works through them, each keeping the server's order (by
 * date and time); an empty status is left out.
 *
 * @example queueGroups([entry({ status: 'assigned' })]).map((g) => g.title) // ['待联系']
 */
export function queueGroups(entries: readonly QueueEntry[]): QueueGroup[] {
  return QUEUE_STATUSES.map((status) => ({
    status,
    title: QUEUE_GROUP_TITLES[status] ?? statusName(status),
    entries: entries.filter((e) => e.status === status),
  })).filter((g) => g.entries.length > 0)
}

/** How the window names each stage of its work (issue 6): "assigned" is waiting for the staff's call (R11). */
const QUEUE_GROUP_TITLES: Partial<Record<AppointmentStatus, string>> = {
  dispatched: '待分配',
  assigned: '待联系',
  confirmed: '已确认',
  change_pending: '变更待审批',
  in_service: '办理中',
}
