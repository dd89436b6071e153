import type { Appointment } from './appointment'

const DAY_MS = 24 * 3_600_000

/** When a record was served: service ended, or the applicant gave up (R18); its last step otherwise. */
export function servedAt(appointment: Appointment): number {
  return appointment.outcome?.endedAt ?? appointment.lateRecord?.at ?? appointment.timeline.at(-1)?.at ?? appointment.createdAt
}

/** A served record still not filed (归档, R19) more than `filingDueDays` days after service (setting `filingDueDays`). */
export function filingOverdue(appointment: Appointment, filingDueDays: number, now: number): boolean {
  return !appointment.filing && now - servedAt(appointment) > filingDueDays * DAY_MS
}
