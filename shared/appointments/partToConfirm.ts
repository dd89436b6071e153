import type { Appointment, AppointmentPart } from './appointment'

/**
 * R13: the assisting part of window `windowId` still to confirm (once per
 * agreed time: an approved change clears it), or undefined when that window
 * has none or has confirmed it.
 */
export function partToConfirm(appointment: Pick<Appointment, 'parts'>, windowId: string | undefined): AppointmentPart | undefined {
  return appointment.parts.find((p) => p.role === 'assist' && p.windowId === windowId && p.confirmedAt === undefined)
}
