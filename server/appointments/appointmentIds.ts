import { digestOf } from '../ids'

/**
 * The id of the appointment a request creates, derived from who sent it and
 * the client's `requestId` (docs/architecture.md, "A write that may be repeated"):
 * a double tap, a retry or 50 simultaneous copies of one request all name the
 * same document, and the database lets only one insert of an `_id` succeed.
 * Keyed by the sender, so one citizen cannot collide with another's request.
 *
 * @example appointmentIdFor('oABC', 'req-12345678') // 'apt-3f…' (28 characters)
 */
export function appointmentIdFor(senderOpenid: string, requestId: string): string {
  return `apt-${digestOf('appointment', senderOpenid, requestId).slice(0, 24)}`
}

/**
 * The id of the cap ledger of one applicant for one holiday period
 * (see `capLedgerRepository`). The applicant is their OPENID for the
 * mini-program, their phone for desk and phone registrations.
 */
export function capLedgerIdFor(applicantKey: string, periodStart: string): string {
  return `cap-${digestOf('cap', applicantKey, periodStart).slice(0, 24)}`
}
