import { leaveDecision, type LeaveRequest } from '.'

const leave = (overrides: Partial<LeaveRequest> = {}): LeaveRequest => ({
  id: 'leave-1',
  staffId: 'staff-a',
  staffName: '张三',
  windowId: 'win-04',
  date: '2026-10-19',
  start: '08:30',
  end: '10:30',
  minutes: 120,
  coverStaffId: 'staff-b',
  coverName: '李四',
  reason: '家中有事',
  status: 'pending',
  requestedAt: Date.parse('2026-10-16T09:00:00+08:00'),
  version: 1,
  ...overrides,
})
const leader = { id: 'staff-lead', as: 'leader', windowId: 'win-04' } as const
const section = { id: 'staff-section', as: 'section' } as const
const before = Date.parse('2026-10-19T09:00:00+08:00')
const after = Date.parse('2026-10-19T10:30:00+08:00')

describe('the window leader deciding compensatory leave (R24)', () => {
  it.each([
    ['another window’s request', leave({ windowId: 'win-05' }), leader, 'approve', before, 'NOT_FOUND'],
    ['their own request', leave({ staffId: 'staff-lead' }), leader, 'approve', before, 'FORBIDDEN'],
    ['an approval once the span has ended (Beijing time)', leave(), leader, 'approve', after, 'INVALID_TRANSITION'],
    ['a request routed to the section, by the window leader', leave({ approver: 'section' }), leader, 'approve', before, 'FORBIDDEN'],
    ['a request for the window leader, by the section', leave({ approver: 'leader' }), section, 'approve', before, 'FORBIDDEN'],
    ['a request made before routing (the leader’s), by the section', leave(), section, 'approve', before, 'FORBIDDEN'],
    ['the section member’s own request', leave({ approver: 'section', staffId: 'staff-section' }), section, 'approve', before, 'FORBIDDEN'],
    ['a section approval once the span has ended', leave({ approver: 'section' }), section, 'approve', after, 'INVALID_TRANSITION'],
  ] as const)('R24 refuses %s', (_, request, decider, decision, now, code) => {
    expect(leaveDecision(request, decider, { decision }, now)).toMatchObject({ ok: false, error: { code } })
  })

  it('R24 approves a request of the window still ahead, debiting its minutes once under the request’s id', () => {
    expect(leaveDecision(leave(), leader, { decision: 'approve' }, before)).toEqual({
      ok: true,
      data: {
        decided: { status: 'approved', decidedBy: 'staff-lead', decidedAt: before },
        debit: { id: 'tb-leave-leave-1', staffId: 'staff-a', windowId: 'win-04', minutes: -120, source: { type: 'leave', id: 'leave-1' }, at: before, by: 'staff-lead', note: '2026年10月19日 08:30–10:30 调休' },
      },
    })
  })

  it('R24 lets the section approve a request routed to it, from any window, debiting the requester', () => {
    const decided = leaveDecision(leave({ approver: 'section', windowId: 'win-09' }), section, { decision: 'approve' }, before)
    expect(decided).toMatchObject({ ok: true, data: { decided: { status: 'approved', decidedBy: 'staff-section' }, debit: { staffId: 'staff-a', windowId: 'win-09', minutes: -120 } } })
  })

  it('R24 rejects with the note and debits nothing, even once the span has ended', () => {
    expect(leaveDecision(leave(), leader, { decision: 'reject', note: '人手不足' }, after)).toEqual({
      ok: true,
      data: { decided: { status: 'rejected', decidedBy: 'staff-lead', decidedAt: after, note: '人手不足' }, debit: null },
    })
  })
})
