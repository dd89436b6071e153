import { fail, ok } from '../api'
import { agreedInstant } from './agreedInstant'
import { outsideHours, overHalfDay, withReason } from './deviations'
import type { Handler } from './handler'
import { toApplicant, toSection, toWindows } from './notices'
import { partToConfirm } from './partToConfirm'

/** R9, R13: the section dispatches to the lead window and the assisting ones, which all learn of it. */
export const dispatchHandler: Handler<'dispatch'> = ({ appointment, payload }) => {
  const next = {
    ...appointment,
    leadWindowId: payload.leadWindowId,
    assistingWindowIds: [...payload.assistingWindowIds],
    parts: [
      { windowId: payload.leadWindowId, role: 'lead' as const },
      ...payload.assistingWindowIds.map((windowId) => ({ windowId, role: 'assist' as const })),
    ],
  }
  return ok({ appointment: next, effects: toWindows(next, 'dispatched') })
}

/**
 * R10: the window cannot refuse; its leader names an active staff member of
 * the lead window. Assigning again replaces the staff.
 */
export const assignHandler: Handler<'assign'> = ({ appointment, payload, context }) => {
  const staff = context.staff
  const serves = staff && staff.id === payload.staffId && staff.roles.some((r) => r === 'staff' || r === 'leader')
  if (!serves || !staff.active || staff.windowId !== appointment.leadWindowId) {
    return fail('INVALID_INPUT', '该人员不是本窗口的在岗工作人员', { staffId: '该人员不是本窗口的在岗工作人员' })
  }
  const next = {
    ...appointment,
    assignedStaffId: payload.staffId,
    parts: appointment.parts.map((part) => (part.role === 'lead' ? { ...part, staffId: payload.staffId } : part)),
  }
  const toStaff = {
    kind: 'notify',
    to: 'window-staff',
    windowId: appointment.leadWindowId,
    staffId: payload.staffId,
    template: 'assigned',
    appointmentId: appointment.id,
  } as const
  return ok({ appointment: next, effects: [toStaff] })
}

/**
 * R11: the staff contacted the applicant and told them in full, once, what
 * to bring (一次性告知); R12: the agreed time is the applicant's own. R4: the
 * two sides agree the time; one outside the holiday service hours (setting
 * `holidayHours`), and R14: a planned duration (the items' estimate unless
 * given) over half a working day, are taken with a reason (`REASON_REQUIRED`
 * naming the hours or the limit without one), kept as deviations and
 * flagged to the section.
 */
export const confirmHandler: Handler<'confirm'> = ({ appointment, payload, actor, now, context }) => {
  if (!payload.contact.materialsToldInFull) {
    const message = '请先向申请人一次性告知所需材料和注意事项'
    return fail('INVALID_INPUT', message, { 'contact.materialsToldInFull': message })
  }
  const plannedMinutes = payload.plannedMinutes ?? context.estimatedMinutes
  const start = agreedInstant(appointment.date, payload.agreedTime)
  if (start <= now) {
    return fail('INVALID_INPUT', '约定时间已过，请重新约定', { agreedTime: '约定时间已过，请重新约定' })
  }
  const departures = [outsideHours(payload.agreedTime, start, plannedMinutes, context.serviceHours), overHalfDay('plannedOverHalfDay', plannedMinutes)]
  const deviations = withReason(departures, payload.reason, actor.id, now)
  if (!deviations.ok) return deviations
  const next = {
    ...appointment,
    agreedTime: payload.agreedTime,
    plannedMinutes,
    contact: { at: now, by: actor.id, note: payload.contact.note, materialsToldInFull: true },
    parts: appointment.parts.map((part) => (part.role === 'lead' ? { ...part, confirmedAt: now, staffId: appointment.assignedStaffId } : part)),
    ...(deviations.data.length ? { deviations: [...(appointment.deviations ?? []), ...deviations.data] } : {}),
  }
  const flagged = deviations.data.length ? toSection(next, 'deviation_reported') : []
  const note = `约定${payload.agreedTime}${deviations.data.length ? `（原因：${payload.reason}）` : ''}`
  return ok({ appointment: next, effects: [...toApplicant(next, 'confirmed'), ...flagged], note })
}

/** R13: an assisting window confirms its part of the parallel handling, once per agreed time. */
export const confirmPartHandler: Handler<'confirmPart'> = ({ appointment, payload, actor, now }) => {
  const part = partToConfirm(appointment, actor.windowId)
  if (!part) return fail('INVALID_TRANSITION', '本窗口的配合办理已确认')
  const next = {
    ...appointment,
    parts: appointment.parts.map((p) => (p === part ? { ...p, confirmedAt: now, staffId: actor.id } : p)),
  }
  return ok({ appointment: next, effects: [], note: payload.note })
}
