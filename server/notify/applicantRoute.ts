import { smsNumber } from '@shared/sms'
import type { OutboxMessage } from './outboxRepository'

/** The outbox's reason for a message to a number that cannot receive SMS (R11): the admin reads it, the window calls. */
export const NOT_A_MOBILE = '申请人电话不是手机号，不能接收短信，未发送；请窗口电话告知申请人'

/** The outbox's reason for a message to someone with neither an OPENID nor a phone. */
export const NO_CONTACT = '申请人没有微信身份也没有联系电话，未发送'

/** The fields of an outbox message that say how it reaches the applicant or complainant. */
export type ApplicantRoute = Pick<OutboxMessage, 'touser'> & Partial<Pick<OutboxMessage, 'channel' | 'phone' | 'status' | 'errMsg' | 'retryable'>>

/**
 * How a message reaches an applicant or a complainant (R11, R20): a subscription message
 * when they have an OPENID (booked in the mini-program, or claimed a phone booking), else
 * an SMS to their mobile. A landline or any number that cannot receive SMS gives a
 * message already `failed`, with the reason and not retryable: it is never sent, the
 * window (or the section) calls, and the record says why.
 */
export function applicantRoute(openid: string | null | undefined, phone: string | null | undefined): ApplicantRoute {
  if (openid) return { touser: openid, channel: 'subscription' }
  if (!phone) return { touser: null, channel: 'sms', status: 'failed', errMsg: NO_CONTACT, retryable: false }
  const mobile = smsNumber(phone)
  if (!mobile) return { touser: null, channel: 'sms', phone, status: 'failed', errMsg: NOT_A_MOBILE, retryable: false }
  return { touser: null, channel: 'sms', phone: mobile }
}
