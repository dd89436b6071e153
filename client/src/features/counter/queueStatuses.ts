import type { AppointmentStatus } from '@shared/appointments'

/** The statuses a window works on, in the order the queue shows them (R10, R11, R12, R13, R14, R15, R16, R17, R18, R19). */
export const QUEUE_STATUSES: readonly AppointmentStatus[] = ['dispatched', 'assigned', 'confirmed', 'change_pending', 'in_service']

/** 已办: what the window has finished: served (R19), acknowledged by the applicant, given up after 30 minutes (R18, counts as served), or reported as force majeure (R17). */
export const DONE_STATUSES: readonly AppointmentStatus[] = ['completed', 'acknowledged', 'abandoned', 'force_majeure']
