import { fail, ok } from '../api'
import type { Appointment } from './appointment'
import { agreedAt, agreedInstant } from './agreedInstant'
import { hoursText, outsideHours } from './deviations'
import type { Handler } from './handler'
import { toApplicant, toSection, toWindows } from './notices'

/** R16: a change reaches the applicant at least this long before the agreed time. */
export const CHANGE_NOTICE_MS = 12 * 60 * 60 * 1000

const tooLate = () => fail('CHANGE_TOO_LATE', '距约定时间不足12小时，不能再变更；如遇突发情况请报告不可抗力')

/** R16: the applicant's own request inside 12 hours: they call the centre instead. */
const applicantTooLate = (phone: string | undefined) =>
  fail('CHANGE_TOO_LATE', `距约定时间不足12小时，不能在线申请改期，请致电${phone ?? '政务服务中心'}联系`)

/**
 * R15, R16: staff do not postpone on their own; they propose a change with a
 * reason and the section decides. A proposal that could no longer reach the
 * applicant 12 hours ahead is refused at once. A new date must be a holiday
 * date (R4). A new time whose planned duration lies outside the holiday
 * service hours is agreed with the applicant (R4): the proposal's own reason
 * covers it, and the section sees it before deciding (`change.outsideHours`).
 * The applicant may ask to move their own confirmed appointment (申请改期)
 * under the same 12 hours, to a time within the holiday service hours (R4:
 * a citizen's time lies within them); the section decides it like a staff
 * proposal, the window is told at once, and the answer goes to the applicant.
 */
export const proposeChangeHandler: Handler<'proposeChange'> = ({ appointment, payload, actor, kind, now, context }) => {
  const byApplicant = kind === 'applicant'
  if (now > agreedAt(appointment) - CHANGE_NOTICE_MS) return byApplicant ? applicantTooLate(context.centerPhone) : tooLate()
  if (payload.newDate !== undefined) {
    if (context.newDay?.date !== payload.newDate) throw new Error('proposeChange: context.newDay must describe newDate')
    if (context.newDay.kind === 'unknown') return fail('CALENDAR_UNKNOWN')
    if (context.newDay.kind !== 'holiday') return fail('NOT_A_HOLIDAY')
  }
  const date = payload.newDate ?? appointment.date
  const time = payload.newTime ?? appointment.agreedTime ?? '00:00'
  const start = agreedInstant(date, time)
  if (start <= now) return fail('INVALID_INPUT', '新的时间已过', { newTime: '新的时间已过' })
  const outside = outsideHours(time, start, appointment.plannedMinutes ?? 0, context.serviceHours)
  if (outside && byApplicant) {
    const message = `新的时间须在节假日服务时间（${hoursText(context.serviceHours)}）内`
    return fail('INVALID_INPUT', message, { newTime: message })
  }
  const next = {
    ...appointment,
    change: {
      proposedBy: actor.id,
      reason: payload.reason,
      ...(payload.newDate !== undefined ? { newDate: payload.newDate } : {}),
      ...(payload.newTime !== undefined ? { newTime: payload.newTime } : {}),
      ...(outside ? { outsideHours: outside } : {}),
      ...(byApplicant ? { byApplicant: true } : {}),
      at: now,
    },
  }
  const effects = byApplicant ? [...toSection(next, 'change_requested'), ...toWindows(next, 'change_requested')] : toSection(next, 'change_proposed')
  return ok({ appointment: next, effects, note: byApplicant ? `申请人申请改期：${payload.reason}` : payload.reason })
}

/**
 * R16: the section approves or rejects. Approval applies the new date and
 * time only while the applicant can still be told 12 hours before the agreed
 * time (`now` ≤ agreed − 12 h) and the new time is still ahead, else
 * `CHANGE_TOO_LATE`; the assisting windows confirm their parts again for the
 * new time (R13); a new time outside the holiday hours becomes a deviation
 * with the proposal's reason (R4). Rejection keeps the old time.
 */
export const decideChangeHandler: Handler<'decideChange'> = ({ appointment, payload, actor, now }) => {
  const change = appointment.change
  if (!change) throw new Error('decideChange: a change_pending appointment without a change')
  const decided = { ...change, decision: payload.decision, decidedBy: actor.id, decidedAt: now }
  if (payload.decision === 'rejected') {
    const next = { ...appointment, change: decided }
    // R16: the proposer learns the answer; an applicant's own request is answered to them.
    const toProposer = change.byApplicant
      ? toApplicant(next, 'change_rejected')
      : [{ kind: 'notify', to: 'window-staff', windowId: next.leadWindowId, staffId: change.proposedBy, template: 'change_rejected', appointmentId: next.id } as const]
    return ok({ appointment: next, effects: toProposer, note: payload.note })
  }
  if (now > agreedAt(appointment) - CHANGE_NOTICE_MS) return tooLate()
  const date = change.newDate ?? appointment.date
  const agreedTime = change.newTime ?? appointment.agreedTime
  if (agreedAt({ date, agreedTime }) <= now) return fail('CHANGE_TOO_LATE', '新的约定时间已过，请驳回后重新申请')
  const next: Appointment = {
    ...appointment,
    date,
    agreedTime,
    change: { ...decided, noticeAt: now },
    parts: appointment.parts.map((part) => (part.role === 'assist' ? { windowId: part.windowId, role: part.role } : part)),
    ...(change.outsideHours
      ? { deviations: [...(appointment.deviations ?? []), { ...change.outsideHours, reason: change.reason, by: change.proposedBy, at: now }] }
      : {}),
  }
  return ok({ appointment: next, effects: [...toApplicant(next, 'changed'), ...toWindows(next, 'changed')], note: payload.note })
}

/** R17: staff talked to the applicant; the section learns at once. */
export const forceMajeureHandler: Handler<'forceMajeure'> = ({ appointment, payload, actor, now }) => {
  const next = { ...appointment, forceMajeure: { at: now, by: actor.id, note: payload.note } }
  return ok({ appointment: next, effects: toSection(next, 'force_majeure'), note: payload.note })
}

/**
 * R15: the applicant cancels, or the desk or section for them (a phone call),
 * never the staff; not once the agreed time has begun. The windows learn of
 * it, and the applicant too when someone else cancelled for them.
 */
export const cancelHandler: Handler<'cancel'> = ({ appointment, payload, actor, kind, now }) => {
  if (appointment.agreedTime !== undefined && now >= agreedAt(appointment)) {
    return fail('CHANGE_TOO_LATE', '约定办理时间已到，不能再取消')
  }
  const next = { ...appointment, cancellation: { at: now, by: actor.id, reason: payload.reason } }
  const effects = [...toWindows(next, 'cancelled'), ...(kind === 'applicant' ? [] : toApplicant(next, 'cancelled'))]
  return ok({ appointment: next, effects, note: payload.reason })
}
