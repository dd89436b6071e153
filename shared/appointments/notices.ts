import type { Appointment } from './appointment'
import type { NotifyEffect, NotifyTemplate } from './effects'

/** A message to every window the appointment is dispatched to, lead first (R9, R13). */
export function toWindows(appointment: Appointment, template: NotifyTemplate): NotifyEffect[] {
  const windows = appointment.leadWindowId ? [appointment.leadWindowId, ...appointment.assistingWindowIds] : []
  return windows.map((windowId) => ({ kind: 'notify', to: 'window-staff', windowId, template, appointmentId: appointment.id }))
}

/**
 * A message to the applicant, whatever the channel they booked by: the outbox
 * sends it as a subscription message to a mini-program applicant and as an
 * SMS to a desk or phone applicant's mobile (R11, server/notify/applicantRoute.ts).
 */
export function toApplicant(appointment: Appointment, template: NotifyTemplate): NotifyEffect[] {
  return [{ kind: 'notify', to: 'applicant', template, appointmentId: appointment.id }]
}

/** A message to the management section (政务服务管理科). */
export function toSection(appointment: Appointment, template: NotifyTemplate): NotifyEffect[] {
  return [{ kind: 'notify', to: 'section', template, appointmentId: appointment.id }]
}
