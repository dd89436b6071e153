import type { Complaint } from '@shared/feedback'
import { civilDateOf, civilTimeOf } from '@shared/time'
import { applicantRoute } from '../notify/applicantRoute'
import type { OutboxMessage } from '../notify/outboxRepository'

/** The outbox id of a complaint's resolution message: one per complaint, so a repeated resolve queues it once. */
export const complaintResolvedId = (complaintId: string) => `msg-complaint-${complaintId}-resolved`

/**
 * The message telling the complainant the section's answer (R20): a subscription
 * message (`complaint_resolved`) to a complainant with an OPENID (the mini-program),
 * else an SMS to the contact phone a phone or 12345 complaint gave; a landline's
 * message is recorded `failed` with the reason (`applicantRoute`). Its values are
 * taken now: the complaint's words, the answer, and when it was given.
 */
export function complaintResolvedMessage(complaint: Complaint, now: number): OutboxMessage | null {
  const { resolution } = complaint
  if (!resolution) return null
  return {
    id: complaintResolvedId(complaint.id),
    template: 'complaint_resolved',
    to: 'applicant',
    subject: { kind: 'complaint', id: complaint.id },
    data: { date: civilDateOf(resolution.at), time: civilTimeOf(resolution.at), status: '已办结', text: complaint.text, note: resolution.note },
    status: 'pending',
    attempts: 0,
    createdAt: now,
    ...applicantRoute(complaint.openid, complaint.contact?.phone),
  }
}
