import type { Page } from '@shared/api'
import type { AppointmentStatus } from '@shared/appointments'
import type { AppointmentView } from '../booking/types'

/** One line of the window's queue (`counter` `queue.list`, api.md). */
export type QueueEntry = AppointmentView & {
  items: { id: string; name: string }[]
  assignedStaff?: { id: string; name: string }
  /** R12: times the staff could offer, for an appointment the window leads that waits for a time. */
  suggestedTimes?: string[]
}

/** `queue.list` data. */
export interface QueueAnswer extends Page<QueueEntry> {
  windowId: string
}

/** The statuses a window works on, in the order the queue shows them (R10–R19). */
export const QUEUE_STATUSES: readonly AppointmentStatus[] = ['dispatched', 'assigned', 'confirmed', 'change_pending', 'in_service']

/** `window.staff` data: the leader's window's active staff and leaders (R10), no OPENIDs. */
export interface WindowStaffAnswer {
  staff: { id: string; name: string; leader: boolean }[]
}
