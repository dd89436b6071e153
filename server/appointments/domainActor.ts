import type { Actor as DomainActor, Appointment } from '@shared/appointments'
import type { Actor } from '../auth'

/**
 * The caller as `applyEvent` and `canSeePhone` read them: staff by their
 * staff id and window, citizens by OPENID. The applicant of an existing
 * appointment is the citizen whose OPENID it carries (desk and phone
 * registrations have none); for a new request the caller is the applicant
 * unless they register for someone else (channel `desk` or `phone`).
 */
export function domainActor(actor: Actor, appointment: Appointment | null): DomainActor {
  return {
    id: actor.staff?.id ?? actor.openid,
    openid: actor.openid,
    roles: actor.roles,
    ...(actor.staff?.windowId ? { windowId: actor.staff.windowId } : {}),
    isApplicant: appointment ? appointment.applicantOpenid !== undefined && appointment.applicantOpenid === actor.openid : true,
  }
}

/** A citizen acting for themselves: no staff record needed, the OPENID is the whole identity. */
export function citizenActor(openid: string): Actor {
  return { openid, staff: null, roles: [] }
}
