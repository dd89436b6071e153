import { fail, ok } from '../api'
import { civilDateOf } from '../time'
import { agreedAt } from './agreedInstant'
import { earlyStart, FLAGGED_KINDS, overHalfDay, withReason } from './deviations'
import type { Handler } from './handler'
import { toApplicant, toSection } from './notices'

/** R18: staff may record lateness once the applicant is this late. */
export const LATE_AFTER_MS = 30 * 60 * 1000

/** R19: service begins on the appointment's day, not before. */
export const startHandler: Handler<'start'> = ({ appointment, now }) => {
  if (civilDateOf(now) < appointment.date) return fail('TOO_EARLY', `预约日期为${appointment.date}，当天才能开始办理`)
  return ok({ appointment: { ...appointment, startedAt: now }, effects: [] })
}

/**
 * R18: 30 minutes after the agreed time, staff who have called the applicant
 * record whether they give up; if they do, the appointment ends as served
 * (`abandoned`), otherwise it stays confirmed with the record.
 */
export const markLateHandler: Handler<'markLate'> = ({ appointment, payload, actor, now }) => {
  if (now < agreedAt(appointment) + LATE_AFTER_MS) return fail('TOO_EARLY', '申请人迟到未满30分钟，暂不能登记')
  if (!payload.contacted) {
    return fail('INVALID_INPUT', '请先联系申请人，询问是否放弃办理', { contacted: '请先联系申请人，询问是否放弃办理' })
  }
  const note = payload.note ?? ''
  const next = { ...appointment, lateRecord: { at: now, by: actor.id, contacted: true, gaveUp: payload.gaveUp, note } }
  return ok({ appointment: next, effects: [], note: payload.gaveUp ? ['申请人放弃办理', note].filter(Boolean).join('：') : note })
}

/**
 * R19, R14: the outcome with when service began and ended (by default the
 * recorded start and now). Both lie on the appointment's day, the start
 * before the end and the end not after now. A duration in whole minutes over
 * half a working day (R14) needs a reason and is flagged to the section. A start more than a tolerance before the
 * recorded one (with none recorded, the agreed time) would credit the time
 * bank with time the record does not show (R24): it needs a reason, kept on
 * the record as a deviation (`withReason`). The applicant is asked to
 * confirm the record.
 */
export const completeHandler: Handler<'complete'> = ({ appointment, payload, actor, now }) => {
  const startedAt = payload.startedAt ?? appointment.startedAt
  const endedAt = payload.endedAt ?? now
  if (startedAt === undefined || startedAt >= endedAt || endedAt > now) {
    const message = '开始时间须早于办结时间，且办结时间不能晚于现在'
    return fail('INVALID_INPUT', message, { endedAt: message })
  }
  for (const [field, at] of [['startedAt', startedAt], ['endedAt', endedAt]] as const) {
    if (civilDateOf(at) !== appointment.date) {
      const message = `办理时间须在预约当天（${appointment.date}），请填写实际的${field === 'startedAt' ? '开始' : '办结'}时间`
      return fail('INVALID_INPUT', message, { [field]: message })
    }
  }
  const minutes = Math.round((endedAt - startedAt) / 60000)
  const expectedStart = appointment.startedAt ?? (appointment.agreedTime ? agreedAt(appointment) : undefined)
  const departures = [expectedStart === undefined ? null : earlyStart(expectedStart, startedAt), overHalfDay('handledOverHalfDay', minutes)]
  const deviations = withReason(departures, payload.reason, actor.id, now)
  if (!deviations.ok) return deviations
  const next = {
    ...appointment,
    outcome: { result: payload.result, startedAt, endedAt, minutes },
    ...(deviations.data.length ? { deviations: [...(appointment.deviations ?? []), ...deviations.data] } : {}),
  }
  const note = deviations.data.length ? `${payload.result}（原因：${payload.reason}）` : payload.result
  const flagged = deviations.data.some((d) => FLAGGED_KINDS.includes(d.kind)) ? toSection(next, 'deviation_reported') : []
  return ok({ appointment: next, effects: [...toApplicant(next, 'completed'), ...flagged], note })
}

/** R19: the applicant confirms (signs) the completion record. */
export const acknowledgeHandler: Handler<'acknowledge'> = ({ appointment, now }) =>
  ok({ appointment: { ...appointment, acknowledgedAt: now }, effects: [] })
