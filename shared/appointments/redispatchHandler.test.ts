import { applyEvent } from './applyEvent'
import type { AppointmentStatus } from './appointment'
import { eventsOpenTo } from './eventsOpenTo'
import { redispatchWindowRefusal } from './redispatchWindowRefusal'
import { ACTORS } from './testing/actors'
import { ASSIGNED_STAFF, LEAD, appointmentIn } from './testing/makeAppointment'
import { VALID } from './testing/validEvents'

const { event, now } = VALID.redispatch

describe('re-dispatch to another window until confirmed (R9, R13)', () => {
  it.each<[AppointmentStatus, boolean]>([
    ['submitted', false],
    ['dispatched', true],
    ['assigned', true],
    ['confirmed', false],
    ['change_pending', false],
    ['in_service', false],
    ['completed', false],
    ['cancelled', false],
    ['force_majeure', false],
  ])('R9 R13 in state %s the section may re-dispatch: %s', (status, allowed) => {
    const result = applyEvent(appointmentIn(status), event, ACTORS.section, now, {})
    if (allowed) expect(result.ok).toBe(true)
    else expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    expect(eventsOpenTo(appointmentIn(status), ACTORS.section).includes('redispatch')).toBe(allowed)
  })

  it.each(['leadLeader', 'assignedStaff', 'desk', 'applicant'] as const)('R9 refuses a re-dispatch by %s', (who) => {
    expect(applyEvent(appointmentIn('assigned'), event, ACTORS[who], now, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('R9 R13 clears the old window\'s assignment, tells the new window and keeps both windows in the record', () => {
    const before = appointmentIn('assigned')
    expect(before.assignedStaffId).toBe(ASSIGNED_STAFF)
    const result = applyEvent(before, event, ACTORS.section, now, {})
    if (!result.ok) throw new Error(result.error.message)
    const next = result.data.appointment
    expect(next.status).toBe('dispatched')
    expect(next.leadWindowId).toBe('w-other')
    expect(next).not.toHaveProperty('assignedStaffId')
    expect(next.parts.find((p) => p.role === 'lead')).toEqual({ windowId: 'w-other', role: 'lead' })
    expect(next.parts.filter((p) => p.role === 'assist')).toEqual(before.parts.filter((p) => p.role === 'assist'))
    expect(next.redispatches).toEqual([
      { at: now, by: ACTORS.section.id, fromWindowId: LEAD, toWindowId: 'w-other', fromStaffId: ASSIGNED_STAFF, reason: '原窗口人员不足' },
    ])
    expect(next.timeline.at(-1)).toMatchObject({ event: 'redispatch', status: 'dispatched', note: '改派原因：原窗口人员不足' })
    expect(result.data.effects).toContainEqual({ kind: 'notify', to: 'window-staff', windowId: 'w-other', template: 'dispatched', appointmentId: before.id })
  })

  it.each(['dispatched', 'assigned'] as const)('R9 tells the old window, once, that an appointment %s there went to another window', (status) => {
    const before = appointmentIn(status)
    const result = applyEvent(before, event, ACTORS.section, now, {})
    if (!result.ok) throw new Error(result.error.message)
    expect(result.data.effects).toEqual([
      { kind: 'notify', to: 'window-staff', windowId: 'w-other', template: 'dispatched', appointmentId: before.id },
      { kind: 'notify', to: 'window-staff', windowId: LEAD, template: 'redispatched_away', appointmentId: before.id },
    ])
  })

  it('R9 a second re-dispatch adds to the history and can go back to the first window', () => {
    const once = applyEvent(appointmentIn('dispatched'), event, ACTORS.section, now, {})
    if (!once.ok) throw new Error(once.error.message)
    const twice = applyEvent(once.data.appointment, { type: 'redispatch', leadWindowId: LEAD, reason: '恢复原窗口' }, ACTORS.section, now + 1000, {})
    expect(twice.ok && twice.data.appointment.redispatches?.map((r) => [r.fromWindowId, r.toWindowId])).toEqual([
      [LEAD, 'w-other'],
      ['w-other', LEAD],
    ])
  })

  it.each([
    ['the same lead window', { leadWindowId: LEAD, reason: '原因' }, 'leadWindowId', '已派至该窗口，请选择其他窗口'],
    ['an assisting window', { leadWindowId: 'w-assist', reason: '原因' }, 'leadWindowId', '该窗口是配合窗口，不能同时作为主办窗口'],
    ['no reason', { leadWindowId: 'w-other', reason: '  ' }, 'reason', '请填写改派原因'],
  ])('R9 refuses %s and changes nothing', (_case, payload, field, message) => {
    const before = appointmentIn('dispatched')
    const result = applyEvent(before, { type: 'redispatch', ...payload }, ACTORS.section, now, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { [field]: message } } })
    expect(before).toEqual(appointmentIn('dispatched'))
  })
})

describe('which windows a re-dispatch may name (R9, R13)', () => {
  const departments = new Map([
    ['w-a', 'dept-lead'],
    ['w-b', 'dept-other'],
  ])
  it.each([
    ['a window of the lead department', 'w-a', false, null],
    ['another department\'s window without the section\'s decision', 'w-b', false, '新的主办窗口须为事项主办部门的窗口；如需改派至其他部门，请勾选“改派至其他部门”'],
    ['another department\'s window when the section decides so', 'w-b', true, null],
    ['a window that does not exist', 'w-x', true, '新的主办窗口不存在'],
  ])('R13 %s', (_case, windowId, otherDepartment, message) => {
    const refusal = redispatchWindowRefusal(windowId, 'dept-lead', otherDepartment, departments)
    if (message === null) expect(refusal).toBeNull()
    else expect(refusal).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { leadWindowId: message } } })
  })
})
