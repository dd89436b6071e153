import { fail, ok, type ApiResult } from '../api'
import type { Appointment } from './appointment'

/** How the caller proved the number, as the history says it (R7). */
export const CLAIM_WAY = '微信手机号验证'

/** Who takes a registration as their own: the OPENID and the number WeChat verified for it (never a typed one). */
export interface Claimant {
  openid: string
  phone: string
}

/**
 * A registration the holder of `phone` may take as their own (R7): made by
 * the desk or the phone line for exactly that number, and not yet anyone's.
 * A mini-program booking, or one already claimed, is never taken over.
 */
export function isClaimable(appointment: Pick<Appointment, 'channel' | 'applicantOpenid' | 'applicant'>, phone: string): boolean {
  return appointment.channel !== 'mini-program' && appointment.applicantOpenid === undefined && appointment.applicant.phone === phone
}

/**
 * 认领 (R7): a desk or phone registration becomes the citizen's own, as if
 * booked in the app, once WeChat has verified that their number is the one
 * the desk registered. The appointment keeps its state, its reference number
 * (预约编号, R8) and everything else; it gains the OPENID, one version, and a
 * step in its history saying who, when and how (`note`, by default
 * 微信手机号验证). Anything not claimable is `NOT_FOUND`: the caller learns
 * nothing of an appointment that is not theirs.
 *
 * @example claimByPhone(phoneRegistration, { openid: 'o-1', phone: '13812345678' }, now)
 */
export function claimByPhone(appointment: Appointment, claimant: Claimant, now: number, note: string = CLAIM_WAY): ApiResult<Appointment> {
  if (!isClaimable(appointment, claimant.phone)) return fail('NOT_FOUND')
  return ok({
    ...appointment,
    applicantOpenid: claimant.openid,
    version: appointment.version + 1,
    timeline: [...appointment.timeline, { at: now, by: claimant.openid, byRole: 'applicant', event: 'claim', status: appointment.status, note }],
  })
}

/** `booking` `appointments.claimByPhone`: how many registrations became the caller's, and the verified number, masked. */
export interface ClaimAnswer {
  claimed: number
  phone: string
}
