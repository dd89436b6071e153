import type { Role } from '../org'
import type { ActorKind, Appointment } from './appointment'

/**
 * Who is acting. The caller computes `isApplicant` from ownership (the
 * citizen whose OPENID the appointment carries, or the citizen making a new
 * request) and takes roles and window from the staff record.
 */
export interface Actor {
  /** The staff id for staff; the OPENID for a citizen. */
  id: string
  openid: string
  roles: readonly Role[]
  windowId?: string
  isApplicant: boolean
}

/**
 * Which windows `leader` and `staff` refer to in a transition row: the lead
 * window (the default) or an assisting one, for its own part (R13); and
 * whether `staff` is only the assigned staff (the default) or any staff of
 * that window.
 */
export interface ActorScope {
  window?: 'lead' | 'assisting'
  staff?: 'assigned' | 'window'
}

/** The kinds of actor the caller is for this appointment, under a row's scope. */
export function actorKinds(actor: Actor, appointment: Pick<Appointment, 'leadWindowId' | 'assistingWindowIds' | 'assignedStaffId'> | null, scope: ActorScope = {}): ActorKind[] {
  const kinds: ActorKind[] = []
  if (actor.isApplicant) kinds.push('applicant')
  if (actor.roles.includes('desk')) kinds.push('desk')
  if (actor.roles.includes('section')) kinds.push('section')
  if (!appointment) return kinds
  const inWindow =
    actor.windowId !== undefined &&
    (scope.window === 'assisting' ? appointment.assistingWindowIds.includes(actor.windowId) : actor.windowId === appointment.leadWindowId)
  if (inWindow && actor.roles.includes('leader')) kinds.push('leader')
  const isAssigned =
    appointment.assignedStaffId !== undefined &&
    actor.id === appointment.assignedStaffId &&
    (actor.roles.includes('staff') || actor.roles.includes('leader'))
  const windowStaff = scope.staff === 'window' && inWindow && actor.roles.includes('staff')
  if (windowStaff || (scope.window !== 'assisting' && isAssigned)) kinds.push('staff')
  return kinds
}
