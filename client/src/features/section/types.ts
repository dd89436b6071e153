import type { Page } from '@shared/api'
import type { AppointmentView } from '../booking/types'

/** One row of `inbox.list` (R9, R16, R17): the appointment, its items, its lead department, how long it has waited. */
export interface InboxEntry {
  appointment: AppointmentView
  items: Array<{ id: string; name: string; departmentId: string | null }>
  leadDepartment: { id: string; name: string } | null
  /** Working minutes since the request (submitted only). */
  waitingWorkingMinutes?: number
  /** Waiting longer than `undispatchedAlertHours` (超时, R9). */
  overdue: boolean
}

/** `inbox.list` data, oldest first. */
export interface InboxAnswer extends Page<InboxEntry> {
  now: string
}

/** `records.form` data: the printable registration form (R8). */
export interface RecordsFormAnswer {
  html: string
}
