import type { Actor as DomainActor, Appointment, Channel } from '@shared/appointments'
import { hasAnyRole } from '@shared/org'
import type { Actor } from '../auth'

/**
 * The caller as `applyEvent` and `canSeePhone` read them: staff by their
 * staff id and window, citizens by OPENID. The applicant of an existing
 * appointment is the citizen whose OPENID it carries (desk and phone
 * registrations have none). For a new request (`appointment` null) the
 * caller is the applicant unless the desk or the section registers for
 * someone else (`channel` `desk` or `phone`, R7): then the step is theirs,
 * and the timeline and the form name them, not the applicant. A citizen who
 * picks such a channel stays the applicant, so the request's own check
 * tells them why it is refused.
 */
export function domainActor(actor: Actor, appointment: Appointment | null, channel?: Channel): DomainActor {
  const registersForSomeone = channel !== undefined && channel !== 'mini-program' && hasAnyRole(actor.roles, ['desk', 'section'])
  return {
    id: actor.staff?.id ?? actor.openid,
    openid: actor.openid,
    roles: actor.roles,
    ...(actor.staff?.windowId ? { windowId: actor.staff.windowId } : {}),
    isApplicant: appointment ? appointment.applicantOpenid !== undefined && appointment.applicantOpenid === actor.openid : !registersForSomeone,
  }
}

/** A citizen acting for themselves: no staff record needed, the OPENID is the whole identity. */
export function citizenActor(openid: string): Actor {
  return { openid, staff: null, roles: [] }
}
