import { fail, ok } from '../api'
import type { Appointment, Channel } from './appointment'
import { formatHours } from '../calendar/formatHours'
import { fitsServiceHours } from './clockMinutes'
import type { Handler } from './handler'

/**
 * A new request (R6, R7, R8). The channel says who may make it (R7): a citizen for
 * themselves in the mini-program; the desk or the section for a citizen on
 * site or by phone, recorded as `registeredBy`. Then, in order: every item is
 * on the list and bookable (R1), the date is a holiday (R3, R4), requests
 * for it are still open (R6), the applicant is under the cap, and a preferred
 * time lies within the service hours.
 */
export const requestHandler: Handler<'request'> = ({ payload, actor, now, context }) => {
  const channel: Channel = payload.channel ?? (actor.isApplicant ? 'mini-program' : 'desk')
  const forSelf = channel === 'mini-program'
  if (forSelf ? !actor.isApplicant : !actor.roles.some((r) => r === 'desk' || r === 'section')) {
    return fail('FORBIDDEN', forSelf ? '代为登记请选择现场或电话渠道' : '现场和电话预约由咨询台代为登记')
  }

  const bookable = new Map(context.items.map((item) => [item.id, item.active && item.modes.includes('appointment')]))
  if (payload.itemIds.some((id) => !bookable.get(id))) return fail('ITEM_NOT_BOOKABLE')
  if (context.day.kind === 'unknown') return fail('CALENDAR_UNKNOWN')
  if (context.day.kind !== 'holiday') return fail('NOT_A_HOLIDAY')
  if (!context.booking.open) return fail(context.booking.reason ?? 'BOOKING_CLOSED')
  if (context.activeCount >= context.perApplicantCap) {
    return fail('LIMIT_REACHED', `申请人在该节假日已有${context.activeCount}个进行中的预约，已达上限`)
  }
  if (payload.time !== undefined && !fitsServiceHours(payload.time, 1, context.serviceHours)) {
    // Say what the hours are, not only that the time is outside them (issue 16).
    const message = `期望时间须在服务时间内：${formatHours(context.serviceHours)}`
    return fail('INVALID_INPUT', message, { time: message })
  }

  const appointment: Appointment = {
    id: context.id,
    requestId: payload.requestId,
    applicant: { ...payload.applicant },
    ...(forSelf ? { applicantOpenid: actor.openid } : { registeredBy: actor.id }),
    itemIds: [...payload.itemIds],
    date: payload.date,
    ...(payload.halfDay ? { halfDay: payload.halfDay } : {}),
    ...(payload.time ? { preferredTime: payload.time } : {}),
    channel,
    ...(payload.note ? { note: payload.note } : {}),
    status: 'submitted',
    version: 0,
    assistingWindowIds: [],
    parts: [],
    createdAt: now,
    timeline: [],
  }
  return ok({ appointment, effects: [] })
}
