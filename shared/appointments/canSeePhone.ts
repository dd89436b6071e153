import type { Appointment } from './appointment'
import type { Actor } from './actor'

/**
 * Privacy (R9, R11): the applicant's phone is shown whole only to those who
 * must call them — the assigned staff, the lead window's leader and the
 * section — and to the applicant themselves; everyone else sees `maskPhone`.
 */
export function canSeePhone(actor: Actor, appointment: Appointment): boolean {
  if (actor.isApplicant || actor.roles.includes('section')) return true
  const isAssigned = appointment.assignedStaffId !== undefined && actor.id === appointment.assignedStaffId
  const leadsWindow = actor.roles.includes('leader') && actor.windowId !== undefined && actor.windowId === appointment.leadWindowId
  return isAssigned || leadsWindow
}
