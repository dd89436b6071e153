/** The subscription message a notification uses; template ids and fields are settings. */
export type NotifyTemplate =
  | 'dispatched'
  | 'redispatched_away'
  | 'assigned'
  | 'confirmed'
  | 'change_proposed'
  | 'changed'
  | 'change_rejected'
  | 'cancelled'
  | 'force_majeure'
  | 'deviation_reported'
  | 'completed'
  | 'reminder'

/**
 * Something the caller does after saving the appointment. Messages are best
 * effort: the appointment is the record (docs/architecture.md, "Notifications").
 */
export interface NotifyEffect {
  kind: 'notify'
  to: 'window-staff' | 'applicant' | 'section'
  windowId?: string
  /** A single staff member of the window, when only they are meant. */
  staffId?: string
  template: NotifyTemplate
  appointmentId: string
}

export type AppointmentEffect = NotifyEffect
