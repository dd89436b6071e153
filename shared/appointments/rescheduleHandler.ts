import { fail, ok } from '../api'
import type { Appointment, RescheduleRecord } from './appointment'
import { agreedInstant } from './agreedInstant'
import { outsideHours } from './deviations'
import type { NotifyEffect } from './effects'
import type { Handler } from './handler'
import { toApplicant } from './notices'

const refuse = (field: 'newDate' | 'newTime' | 'staffId' | 'leadWindowId', message: string) => fail('INVALID_INPUT', message, { [field]: message })

/**
 * R17: after force majeure the section arranges what follows, so the
 * appointment does not end there (docs/rules.md R17):
 *
 * - another window of the items' department (`leadWindowId`; the action's
 *   pre-check keeps it in the department, as for a re-dispatch, R9): the
 *   appointment is dispatched to it, its staff released, the new time
 *   offered as the applicant's preferred time; the window's leader assigns
 *   and the staff agree the time (R10, R11) — the new window is told as on
 *   a dispatch, the old one as on a re-dispatch;
 * - otherwise the lead window keeps it, with the staff member named
 *   (`staffId`, an active staff member of that window) or the one assigned,
 *   at the new date (a holiday date, R4) and time; the staff member is told
 *   as on an assignment. Where the applicant had been told the materials in
 *   full (R11) the new time is the agreed time (`confirmed`), else the staff
 *   call and confirm it (`assigned`).
 *
 * Either way the new time is ahead of now, one outside the holiday service
 * hours is kept as a deviation with the section's reason (R4), the
 * assisting windows confirm their parts again, the applicant is told
 * (`changed`), a proposal the force majeure overtook is dropped, and
 * `reschedules` keeps what was stopped and what was arranged.
 */
export const rescheduleHandler: Handler<'reschedule'> = ({ appointment, payload, actor, now, context }) => {
  if (payload.newDate !== undefined) {
    if (context.newDay?.date !== payload.newDate) throw new Error('reschedule: context.newDay must describe newDate')
    if (context.newDay.kind === 'unknown') return fail('CALENDAR_UNKNOWN')
    if (context.newDay.kind !== 'holiday') return refuse('newDate', '新的日期须为节假日（预约服务日）')
  }
  const date = payload.newDate ?? appointment.date
  const time = payload.newTime ?? appointment.agreedTime ?? appointment.preferredTime
  if (time !== undefined && agreedInstant(date, time) <= now) return refuse('newTime', '新的时间已过，请另选时间')
  if (time === undefined && agreedInstant(date, '23:59') <= now) return refuse('newDate', '该日期已过，请另选日期')
  const from = {
    date: appointment.date,
    ...(appointment.agreedTime !== undefined ? { time: appointment.agreedTime } : {}),
    ...(appointment.leadWindowId !== undefined ? { windowId: appointment.leadWindowId } : {}),
    ...(appointment.assignedStaffId !== undefined ? { staffId: appointment.assignedStaffId } : {}),
  }
  const { assignedStaffId, agreedTime: _agreed, change, ...rest } = appointment
  const base = {
    ...rest,
    ...(change?.decision !== undefined ? { change } : {}),
    date,
    parts: appointment.parts.map((part) => (part.role === 'assist' ? { windowId: part.windowId, role: part.role } : part)),
  }
  const record = (to: RescheduleRecord['to']): RescheduleRecord[] => [...(appointment.reschedules ?? []), { at: now, by: actor.id, reason: payload.reason, from, to }]

  if (payload.leadWindowId !== undefined) {
    if (payload.leadWindowId === appointment.leadWindowId) return refuse('leadWindowId', '已是该窗口办理，请选择其他窗口，或直接选择工作人员')
    if (appointment.assistingWindowIds.includes(payload.leadWindowId)) return refuse('leadWindowId', '该窗口是配合窗口，不能同时作为主办窗口')
    const windowId = payload.leadWindowId
    const next: Appointment = {
      ...base,
      leadWindowId: windowId,
      ...(time !== undefined ? { preferredTime: time } : {}),
      parts: base.parts.map((part) => (part.role === 'lead' ? { windowId, role: 'lead' as const } : part)),
      reschedules: record({ date, ...(time !== undefined ? { time } : {}), windowId }),
    }
    const toWindow: NotifyEffect = { kind: 'notify', to: 'window-staff', windowId, template: 'dispatched', appointmentId: next.id }
    // As on a re-dispatch (R9): the old window learns it need not serve it any more.
    const toOldWindow: NotifyEffect[] = appointment.leadWindowId
      ? [{ kind: 'notify', to: 'window-staff', windowId: appointment.leadWindowId, template: 'redispatched_away', appointmentId: next.id }]
      : []
    return ok({ appointment: next, effects: [toWindow, ...toOldWindow, ...toApplicant(next, 'changed')], note: `改期说明：${payload.reason}` })
  }

  const staffId = payload.staffId ?? assignedStaffId
  if (staffId === undefined) return refuse('staffId', '请选择工作人员')
  if (payload.staffId !== undefined) {
    const staff = context.staff
    const serves = staff && staff.id === payload.staffId && staff.roles.some((r) => r === 'staff' || r === 'leader')
    if (!serves || !staff.active || staff.windowId !== appointment.leadWindowId) return refuse('staffId', '该人员不是本窗口的在岗工作人员')
  }
  if (time === undefined) return refuse('newTime', '请选择新的时间')
  if (payload.newDate === undefined && payload.newTime === undefined && payload.staffId === assignedStaffId) {
    return refuse('newTime', '请选择新的时间或另一位工作人员')
  }
  const agreed = appointment.contact?.materialsToldInFull === true
  // Not yet agreed: the staff's confirmation checks the hours (R4).
  const outside = agreed ? outsideHours(time, agreedInstant(date, time), appointment.plannedMinutes ?? 0, context.serviceHours) : null
  const next: Appointment = {
    ...base,
    assignedStaffId: staffId,
    ...(agreed ? { agreedTime: time } : { preferredTime: time }),
    parts: base.parts.map((part) => (part.role === 'lead' ? { ...part, staffId } : part)),
    ...(outside ? { deviations: [...(appointment.deviations ?? []), { ...outside, reason: payload.reason, by: actor.id, at: now }] } : {}),
    reschedules: record({ date, time, ...(appointment.leadWindowId !== undefined ? { windowId: appointment.leadWindowId } : {}), staffId }),
  }
  const toStaff: NotifyEffect = {
    kind: 'notify',
    to: 'window-staff',
    windowId: appointment.leadWindowId,
    staffId,
    template: 'assigned',
    appointmentId: next.id,
  }
  const toAssisting: NotifyEffect[] = next.assistingWindowIds.map((windowId) => ({ kind: 'notify', to: 'window-staff', windowId, template: 'changed', appointmentId: next.id }))
  return ok({ appointment: next, effects: [toStaff, ...toAssisting, ...toApplicant(next, 'changed')], note: `改期说明：${payload.reason}` })
}
