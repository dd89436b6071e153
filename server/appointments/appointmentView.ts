import { canSeePhone, maskPhone, statusName, type Actor, type Appointment, type AppointmentView } from '@shared/appointments'
import type { StoredAppointment } from './appointmentRepository'

/**
 * What a caller may see of an appointment: the bookkeeping fields and the
 * applicant's OPENID dropped (a personal identifier staff and the section
 * have no use for; callers know "is this mine" from `isApplicant`) — also
 * from the timeline's applicant steps, their cancellation and a change they asked for — and the
 * applicant's phone masked unless the caller must call them
 * (`canSeePhone`: the applicant, the section, the lead window's leader, the
 * assigned staff; PIPL art. 6).
 */
export function appointmentView(stored: StoredAppointment, actor: Actor): AppointmentView {
  const { capLedgerId: _ledger, lastRequestId: _request, applicantOpenid: openid, ...appointment } = stored
  const phone = canSeePhone(actor, appointment) ? appointment.applicant.phone : maskPhone(appointment.applicant.phone)
  // The applicant's own steps and cancellation name them by role, not by OPENID.
  const byApplicant = (by: string) => openid !== undefined && by === openid
  const timeline = appointment.timeline.map((step) => (step.byRole === 'applicant' || byApplicant(step.by) ? { ...step, by: 'applicant' } : step))
  const { cancellation, change } = appointment
  return {
    ...appointment,
    timeline,
    ...(cancellation && byApplicant(cancellation.by) ? { cancellation: { ...cancellation, by: 'applicant' } } : {}),
    // R16: a move the applicant asked for names them by role too.
    ...(change?.byApplicant ? { change: { ...change, proposedBy: 'applicant' } } : {}),
    applicant: { ...appointment.applicant, phone }, statusText: statusName(appointment.status),
  }
}

/**
 * Whether a caller may look at an appointment at all (`appointments.get`):
 * its applicant, the section, the desk that registered it, and the staff and
 * leaders of its lead and assisting windows. Anyone else is told it does not
 * exist (`NOT_FOUND`), so ids reveal nothing.
 */
export function canViewAppointment(actor: Actor, appointment: Appointment): boolean {
  if (actor.isApplicant || actor.roles.includes('section')) return true
  if (actor.roles.includes('desk') && appointment.registeredBy === actor.id) return true
  const windows = [appointment.leadWindowId, ...appointment.assistingWindowIds]
  const worksThere = actor.windowId !== undefined && windows.includes(actor.windowId)
  return worksThere && (actor.roles.includes('staff') || actor.roles.includes('leader'))
}
