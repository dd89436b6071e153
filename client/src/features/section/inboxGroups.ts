import type { InboxEntry } from '@shared/appointments'

/** The section's inbox split by what it must do (R9, R16, R17). */
export interface InboxGroups {
  /** Requests waiting for dispatch (待派单), oldest first. */
  waiting: InboxEntry[]
  /** Proposed postponements or changes (待审批变更). */
  changes: InboxEntry[]
  /** Force majeure reports (不可抗力). */
  forceMajeure: InboxEntry[]
}

/**
 * Splits `inbox.list` entries by status, keeping the server's order (oldest first).
 *
 * @example inboxGroups([submittedEntry, changeEntry]).changes // [changeEntry]
 */
export function inboxGroups(entries: InboxEntry[]): InboxGroups {
  const of = (status: string) => entries.filter((e) => e.appointment.status === status)
  return { waiting: of('submitted'), changes: of('change_pending'), forceMajeure: of('force_majeure') }
}
