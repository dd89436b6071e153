import { fail, ok } from '../api'
import { civilTimeOf } from '../time'
import type { Appointment, ContactAttempt } from './appointment'
import { agreedAt } from './agreedInstant'
import type { Handler } from './handler'

/** How staff tried to reach the applicant (R18). */
export const ATTEMPT_WAYS = ['phone', 'sms', 'other'] as const
/** What came of an attempt that did not reach the applicant; one that does goes to 登记迟到 (`markLate`). */
export const ATTEMPT_RESULTS = ['no_answer', 'unreachable', 'declined'] as const

export const ATTEMPT_WAY_NAMES: Record<(typeof ATTEMPT_WAYS)[number], string> = { phone: '电话', sms: '短信', other: '其他方式' }
export const ATTEMPT_RESULT_NAMES: Record<(typeof ATTEMPT_RESULTS)[number], string> = {
  no_answer: '无人接听',
  unreachable: '关机或无法接通',
  declined: '拒接或挂断',
}

/** The attempts made after the agreed time: those R18 counts. */
export function attemptsAfterAgreedTime(appointment: Pick<Appointment, 'date' | 'agreedTime' | 'contactAttempts'>): ContactAttempt[] {
  const from = agreedAt(appointment)
  return (appointment.contactAttempts ?? []).filter((a) => a.at >= from)
}

/**
 * R18: after the agreed time, staff record each attempt to reach an applicant
 * who has not come — when (by default now; not before the agreed time nor
 * after now), how, and what came of it. The appointment stays confirmed.
 */
export const recordAttemptHandler: Handler<'recordAttempt'> = ({ appointment, payload, actor, now }) => {
  const from = agreedAt(appointment)
  if (now < from) return fail('TOO_EARLY', `约定时间${appointment.agreedTime ?? ''}之后才能登记联系记录`)
  const at = payload.at ?? now
  if (at < from || at > now) {
    const message = `联系时间须在约定时间${civilTimeOf(from)}之后、现在之前`
    return fail('INVALID_INPUT', message, { at: message })
  }
  const attempt: ContactAttempt = { at, way: payload.way, result: payload.result, by: actor.id, recordedAt: now, ...(payload.note ? { note: payload.note } : {}) }
  const next = { ...appointment, contactAttempts: [...(appointment.contactAttempts ?? []), attempt] }
  const note = `${civilTimeOf(at)} ${ATTEMPT_WAY_NAMES[payload.way]}联系，${ATTEMPT_RESULT_NAMES[payload.result]}${payload.note ? `：${payload.note}` : ''}`
  return ok({ appointment: next, effects: [], note })
}

/**
 * R18 Decision: an applicant who cannot be reached is closed as a no-show
 * (`no_show`, 未到 — distinct from 放弃, in which the applicant said they give
 * up) once `context.minutes` have passed since the agreed time and staff
 * recorded at least `context.attempts` attempts after it (settings
 * `noShowMinutes`, `noShowAttempts`). It counts as served, crediting the
 * staff with the planned minutes as `abandoned` does.
 */
export const markNoShowHandler: Handler<'markNoShow'> = ({ appointment, payload, actor, now, context }) => {
  const from = agreedAt(appointment)
  if (now < from + context.minutes * 60_000) {
    return fail('TOO_EARLY', `约定时间后满${context.minutes}分钟才能登记未到`)
  }
  const attempts = attemptsAfterAgreedTime(appointment).length
  if (attempts < context.attempts) {
    return fail('INVALID_INPUT', `已联系申请人${attempts}次，须至少联系${context.attempts}次仍联系不上才能登记未到`)
  }
  const next = { ...appointment, noShow: { at: now, by: actor.id, attempts, ...(payload.note ? { note: payload.note } : {}) } }
  return ok({ appointment: next, effects: [], note: [`联系${attempts}次未果，登记未到`, payload.note].filter(Boolean).join('：') })
}
