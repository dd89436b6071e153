import { fail, ok } from '../api'
import type { Handler } from './handler'

/**
 * R9, R13: the section re-dispatches (改派) an appointment no window has
 * confirmed yet to another lead window. The old window's assignment is
 * cleared (its staff released, the lead part starts over), the new window is
 * told as on a dispatch, the old one that it need not serve it any more
 * (`redispatched_away`), and `redispatches` keeps both windows for the
 * record. Assisting windows stay as they were; the new lead may not be one
 * of them. Which department the new window may belong to is the action's
 * pre-check (`redispatchWindowRefusal`).
 */
export const redispatchHandler: Handler<'redispatch'> = ({ appointment, payload, actor, now }) => {
  const from = appointment.leadWindowId
  if (!from) return fail('INVALID_TRANSITION', '尚未派单，请先派单')
  if (payload.leadWindowId === from) {
    const message = '已派至该窗口，请选择其他窗口'
    return fail('INVALID_INPUT', message, { leadWindowId: message })
  }
  if (appointment.assistingWindowIds.includes(payload.leadWindowId)) {
    const message = '该窗口是配合窗口，不能同时作为主办窗口'
    return fail('INVALID_INPUT', message, { leadWindowId: message })
  }
  const { assignedStaffId, ...rest } = appointment
  const record = {
    at: now,
    by: actor.id,
    fromWindowId: from,
    toWindowId: payload.leadWindowId,
    ...(assignedStaffId ? { fromStaffId: assignedStaffId } : {}),
    reason: payload.reason,
  }
  const next = {
    ...rest,
    leadWindowId: payload.leadWindowId,
    parts: appointment.parts.map((part) => (part.role === 'lead' ? { windowId: payload.leadWindowId, role: 'lead' as const } : part)),
    redispatches: [...(appointment.redispatches ?? []), record],
  }
  const toNewWindow = { kind: 'notify', to: 'window-staff', windowId: payload.leadWindowId, template: 'dispatched', appointmentId: appointment.id } as const
  const toOldWindow = { kind: 'notify', to: 'window-staff', windowId: from, template: 'redispatched_away', appointmentId: appointment.id } as const
  return ok({ appointment: next, effects: [toNewWindow, toOldWindow], note: `改派原因：${payload.reason}` })
}
