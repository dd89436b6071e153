import { makeAppointment } from '@shared/appointments/testing/makeAppointment'
import type { Appointment } from '@shared/appointments'
import type { Me } from '../session/useMe'
import { counterActions } from './counterActions'

const leader: Me = { openid: 'o-l', roles: ['leader'], staff: { id: 'staff-lead', name: '李科长', windowId: 'win-02' } }
const assigned: Me = { openid: 'o-s', roles: ['staff'], staff: { id: 'staff-1', name: '王芳', windowId: 'win-02' } }
const colleague: Me = { openid: 'o-c', roles: ['staff'], staff: { id: 'staff-2', name: '赵敏', windowId: 'win-02' } }
const assisting: Me = { openid: 'o-a', roles: ['staff'], staff: { id: 'staff-9', name: '钱进', windowId: 'win-05' } }

const appt = (overrides: Partial<Appointment>) =>
  makeAppointment({
    leadWindowId: 'win-02',
    assistingWindowIds: ['win-05'],
    parts: [
      { windowId: 'win-02', role: 'lead' },
      { windowId: 'win-05', role: 'assist' },
    ],
    ...overrides,
  })

describe('which steps the window may take (R10, R11, R12, R13, R14, R15, R16, R17, R18, R19)', () => {
  it.each([
    ['dispatched', leader, undefined, ['assign', 'print']],
    ['dispatched', colleague, undefined, ['print']],
    ['assigned', leader, 'staff-1', ['assign', 'confirm', 'forceMajeure', 'print']],
    ['assigned', assigned, 'staff-1', ['confirm', 'forceMajeure', 'print']],
    ['assigned', colleague, 'staff-1', ['print']],
    ['confirmed', assigned, 'staff-1', ['proposeChange', 'markLate', 'recordAttempt', 'forceMajeure', 'start', 'print']],
    ['confirmed', colleague, 'staff-1', ['start', 'print']],
    ['change_pending', assigned, 'staff-1', ['forceMajeure', 'print']],
    ['in_service', colleague, 'staff-1', ['complete', 'print']],
    ['completed', assigned, 'staff-1', ['paperSign', 'print']],
    ['acknowledged', assigned, 'staff-1', ['print']],
  ] as const)('%s for %s: offers the table’s steps', (status, me, staffId, expected) => {
    expect(counterActions(appt({ status, assignedStaffId: staffId }), me)).toEqual(expected)
  })

  it('lets an assisting window confirm its part once (R13)', () => {
    expect(counterActions(appt({ status: 'assigned', assignedStaffId: 'staff-1' }), assisting)).toEqual(['confirmPart', 'print'])
    const done = appt({
      status: 'assigned',
      parts: [
        { windowId: 'win-02', role: 'lead' },
        { windowId: 'win-05', role: 'assist', confirmedAt: 1, staffId: 'staff-9' },
      ],
    })
    expect(counterActions(done, assisting)).toEqual(['print'])
  })

  it('offers a leader who is not staff of the window no start or completion, as the server refuses them (R19)', () => {
    expect(counterActions(appt({ status: 'confirmed', assignedStaffId: 'staff-1' }), leader)).toEqual(['proposeChange', 'markLate', 'recordAttempt', 'forceMajeure', 'print'])
    expect(counterActions(appt({ status: 'in_service', assignedStaffId: 'staff-1' }), leader)).toEqual(['print'])
  })

  it('offers nothing to staff of another window or without a window', () => {
    const other: Me = { openid: 'o-x', roles: ['leader'], staff: { id: 'staff-x', name: 'X', windowId: 'win-09' } }
    expect(counterActions(appt({ status: 'dispatched' }), other)).toEqual([])
    expect(counterActions(appt({ status: 'dispatched' }), { roles: ['staff'] })).toEqual([])
  })
})
