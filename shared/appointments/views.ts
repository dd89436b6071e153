import type { HolidayPeriod } from '../calendar'
import type { Page } from '../api'
import type { Appointment } from './appointment'

/**
 * The answers about appointments, as the contract (`shared/contract`) names
 * them: the server builds them, the app shows them.
 */

/** An appointment as a caller receives it: its status in Chinese, without the applicant's OPENID, the phone masked unless the caller must call (`canSeePhone`). */
export type AppointmentView = Omit<Appointment, 'applicantOpenid'> & { statusText: string }

/** The answer of every step on one appointment. */
export interface AppointmentAnswer {
  appointment: AppointmentView
}

/** One line of the window's queue (`counter` `queue.list`). */
export type QueueEntry = AppointmentView & {
  items: { id: string; name: string }[]
  assignedStaff?: { id: string; name: string }
  /** R12: times the staff could offer, for an appointment the window leads that waits for a time. */
  suggestedTimes?: string[]
}

/** One person the leader may assign (`counter` `window.staff`, R10): no OPENID, which is never shown to others. */
export interface WindowStaffMember {
  id: string
  name: string
  leader: boolean
}

/** One row of the section's inbox (`section` `inbox.list`, R9, R16, R17). */
export interface InboxEntry {
  appointment: AppointmentView
  items: Array<{ id: string; name: string; departmentId: string | null }>
  leadDepartment: { id: string; name: string } | null
  /** Working minutes since the request (submitted only). */
  waitingWorkingMinutes?: number
  /** Waiting longer than `undispatchedAlertHours` (超时, R9). */
  overdue: boolean
  /** The name of the desk or section member who registered a desk or phone request (R7); never an id. */
  registrar?: string
  /** The items' estimated minutes added up (submitted only), for the dispatch. */
  estimatedMinutes?: number
  /** R14: the estimates add up to more than half a working day (预计超过半个工作日); the section may split the request. */
  overHalfDay?: boolean
}

/** One row of the section's list of every appointment (`section` `appointments.list`, R8, R9). */
export interface SectionListEntry {
  appointment: AppointmentView
  items: Array<{ id: string; name: string }>
  /** The lead window as people name it (`1号窗口（市场主体登记）`), null before dispatch. */
  leadWindow: string | null
  /** Who registered a desk or phone request (R7), by name. */
  registrar?: string
}

/** `section` `appointments.list`: a page, and the holidays the list may be filtered by (newest first). */
export type SectionListAnswer = Page<SectionListEntry> & { holidays: HolidayPeriod[] }

/**
 * `section` `appointments.record`: one appointment's whole story for the
 * section (R8, R9, R13): the appointment, its items with their departments,
 * its lead department, and the names of every window and staff member it
 * mentions (timeline, parts, re-dispatches), so nothing shows an id.
 */
export interface SectionRecordAnswer {
  appointment: AppointmentView
  items: Array<{ id: string; name: string; departmentId: string | null }>
  leadDepartment: { id: string; name: string } | null
  windowNames: Record<string, string>
  staffNames: Record<string, string>
  /** After force majeure (R17): the lead window's active staff, for the section's reschedule. */
  leadWindowStaff?: WindowStaffMember[]
}
