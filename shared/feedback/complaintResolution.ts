import { fail, ok, type ApiResult } from '../api'
import type { Complaint, ComplaintResolution } from './records'

/**
 * How a complaint is closed (R20). Decision: the section says whether it
 * was upheld (属实); the complainant learns the outcome by the channel they
 * have — a complaint from the mini-program is answered in 我的投诉 (and
 * a subscription message when the applicant allowed one, see
 * docs/rules.md R20), while for a phone or 12345 complaint there is no SMS
 * yet, so the section calls back and confirms it did (`calledBack`) before
 * the complaint can be closed. A refusal names the field.
 * @example complaintResolution({ channel: 'phone' }, { note: '已核实', upheld: true }, 'staff-section', now) // fail: calledBack
 */
export function complaintResolution(
  complaint: Pick<Complaint, 'channel' | 'status'>,
  input: { note: string; upheld: boolean; calledBack?: boolean },
  by: string,
  now: number,
): ApiResult<ComplaintResolution> {
  if (complaint.status === 'resolved') return fail('INVALID_TRANSITION', '这条投诉已经处理过了')
  const byCall = complaint.channel === 'phone' || complaint.channel === '12345'
  if (byCall && input.calledBack !== true) {
    const message = '电话和12345投诉须先回电告知投诉人处理结果，再办结'
    return fail('INVALID_INPUT', message, { calledBack: message })
  }
  return ok({ note: input.note, at: now, by, upheld: input.upheld, ...(byCall ? { calledBack: true } : {}) })
}
