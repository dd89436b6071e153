import { canSeePhone, type Appointment } from '@shared/appointments'
import type { Staff } from '@shared/org'
import type { OutboxMessage } from './outboxRepository'

/** One person a message goes to, and whether the app shows them the applicant's phone whole. */
export interface Recipient {
  touser: string
  seesPhone: boolean
}

/**
 * Where a message goes: the applicant's OPENID, the section's members, one
 * staff member, or each active staff member and leader of a window. A
 * message carries only what its recipient may see in the app, so each one
 * is told whether `canSeePhone` shows them the whole phone (R9, R11): at
 * dispatch the lead window's leader does, its other staff and the assisting
 * windows do not; without the appointment nobody on staff does.
 */
export function recipients(message: OutboxMessage, staff: readonly Staff[], appointment: Appointment | null): Recipient[] {
  if (message.to === 'applicant') return message.touser ? [{ touser: message.touser, seesPhone: true }] : []
  const active = staff.filter((s) => s.active && s.openid)
  const chosen =
    message.to === 'section'
      ? active.filter((s) => s.roles.includes('section'))
      : message.staffId
        ? active.filter((s) => s.id === message.staffId)
        : active.filter((s) => s.windowId === message.windowId && (s.roles.includes('staff') || s.roles.includes('leader')))
  const byOpenid = new Map<string, Recipient>()
  for (const s of chosen) {
    const touser = s.openid as string
    const seesPhone =
      appointment !== null &&
      canSeePhone(
        { id: s.id, openid: touser, roles: s.roles, ...(s.windowId ? { windowId: s.windowId } : {}), isApplicant: appointment.applicantOpenid === touser },
        appointment,
      )
    // One person with two staff records gets one message, with the phone if either record may see it.
    byOpenid.set(touser, { touser, seesPhone: seesPhone || (byOpenid.get(touser)?.seesPhone ?? false) })
  }
  return [...byOpenid.values()]
}
