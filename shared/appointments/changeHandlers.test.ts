import { applyEvent } from './applyEvent'
import { ACTORS } from './testing/actors'
import { ASSIGNED_STAFF, ASSIST, LEAD, appointmentIn, at } from './testing/makeAppointment'
import { VALID } from './testing/validEvents'

const hours = VALID.proposeChange.context

describe('changes (R15, R16)', () => {
  const propose = (overrides: Partial<typeof VALID.proposeChange.event>, now = VALID.proposeChange.now, context = hours) =>
    applyEvent(appointmentIn('confirmed'), { ...VALID.proposeChange.event, ...overrides }, ACTORS.assignedStaff, now, context)

  it('R16 a proposed change goes to the section for approval', () => {
    const result = propose({})
    expect(result.ok && result.data.appointment).toMatchObject({
      status: 'change_pending',
      agreedTime: '09:00',
      change: { proposedBy: ASSIGNED_STAFF, reason: '窗口设备检修', newTime: '10:00', at: VALID.proposeChange.now },
    })
    expect(result.ok && result.data.effects).toEqual([{ kind: 'notify', to: 'section', template: 'change_proposed', appointmentId: 'a-1' }])
  })

  it('R16 refuses a change without a reason', () => {
    expect(propose({ reason: '  ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { reason: '请填写变更原因' } } })
  })

  it('R16 refuses a change that names neither a new date nor a new time', () => {
    expect(propose({ newTime: undefined })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { newTime: '请填写新的日期或时间' } } })
  })

  it('R16 refuses proposing a change with less than 12 hours notice', () => {
    expect(propose({}, at('2026-10-01 21:01'))).toMatchObject({ ok: false, error: { code: 'CHANGE_TOO_LATE' } })
  })

  it('R4 R16 a new date must be a holiday date', () => {
    const workday = { ...hours, newDay: { date: '2026-10-09', kind: 'workday' as const, service: 'normal' as const } }
    expect(propose({ newDate: '2026-10-09' }, undefined, workday)).toMatchObject({ ok: false, error: { code: 'NOT_A_HOLIDAY' } })
    const holiday = { ...hours, newDay: { date: '2026-10-03', kind: 'holiday' as const, service: 'appointment' as const } }
    expect(propose({ newDate: '2026-10-03' }, undefined, holiday).ok).toBe(true)
  })

  it('R4 R16 a new time outside the holiday hours is proposed with its reason, and the section sees it', () => {
    const result = propose({ newTime: '11:30' })
    expect(result.ok && result.data.appointment.change?.outsideHours).toMatchObject({ kind: 'outsideHours', hours: [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '17:00' }] })
    const inside = propose({ newTime: '10:00' })
    expect(inside.ok && inside.data.appointment.change?.outsideHours).toBeUndefined()
  })

  const pending = appointmentIn('change_pending', {
    parts: [
      { windowId: LEAD, role: 'lead', staffId: ASSIGNED_STAFF, confirmedAt: at('2026-09-29 10:00') },
      { windowId: ASSIST, role: 'assist', staffId: 's-assist', confirmedAt: at('2026-09-29 10:30') },
    ],
  })
  const decide = (decision: 'approved' | 'rejected', now: number) =>
    applyEvent(pending, { type: 'decideChange', decision }, ACTORS.section, now, {})

  it('R16 approves a change with exactly 12 hours notice, and tells the applicant and the windows', () => {
    const now = at('2026-10-01 21:00')
    const result = decide('approved', now)
    expect(result.ok && result.data.appointment).toMatchObject({
      status: 'confirmed',
      date: '2026-10-02',
      agreedTime: '10:00',
      change: { decision: 'approved', decidedBy: 'section-1', decidedAt: now, noticeAt: now },
    })
    expect(result.ok && result.data.effects).toEqual([
      { kind: 'notify', to: 'applicant', template: 'changed', appointmentId: 'a-1' },
      { kind: 'notify', to: 'window-staff', windowId: LEAD, template: 'changed', appointmentId: 'a-1' },
      { kind: 'notify', to: 'window-staff', windowId: ASSIST, template: 'changed', appointmentId: 'a-1' },
    ])
  })

  it('R16 refuses approving a change with less than 12 hours notice', () => {
    expect(decide('approved', at('2026-10-01 21:01'))).toMatchObject({ ok: false, error: { code: 'CHANGE_TOO_LATE' } })
  })

  it('R16 refuses approving a change to a time that has passed meanwhile', () => {
    const earlier = appointmentIn('change_pending', {
      change: { proposedBy: ASSIGNED_STAFF, reason: '窗口人员调整', newDate: '2026-10-01', newTime: '15:00', at: at('2026-09-30 09:00') },
    })
    const result = applyEvent(earlier, { type: 'decideChange', decision: 'approved' }, ACTORS.section, at('2026-10-01 16:00'), {})
    expect(result).toMatchObject({ ok: false, error: { code: 'CHANGE_TOO_LATE', message: '新的约定时间已过，请驳回后重新申请' } })
  })

  it('R13 R16 after an approved change the assisting windows confirm their parts again', () => {
    const result = decide('approved', at('2026-09-30 10:00'))
    expect(result.ok && result.data.appointment.parts).toEqual([
      { windowId: LEAD, role: 'lead', staffId: ASSIGNED_STAFF, confirmedAt: at('2026-09-29 10:00') },
      { windowId: ASSIST, role: 'assist' },
    ])
  })

  it('R16 a rejected change keeps the old time, even close to it, and tells the proposer', () => {
    const result = decide('rejected', at('2026-10-02 08:00'))
    expect(result.ok && result.data.appointment).toMatchObject({ status: 'confirmed', agreedTime: '09:00', change: { decision: 'rejected' } })
    expect(result.ok && result.data.effects).toEqual([
      { kind: 'notify', to: 'window-staff', windowId: LEAD, staffId: ASSIGNED_STAFF, template: 'change_rejected', appointmentId: 'a-1' },
    ])
  })

  it('R16 only the section decides a change', () => {
    const byLeader = applyEvent(pending, { type: 'decideChange', decision: 'approved' }, ACTORS.leadLeader, at('2026-09-30 10:00'), {})
    expect(byLeader).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('cancellation (R15)', () => {
  const cancel = (actor: (typeof ACTORS)[keyof typeof ACTORS], now: number, reason = '行程有变') =>
    applyEvent(appointmentIn('confirmed'), { type: 'cancel', reason }, actor, now, {})

  it('R15 the applicant cancels with a reason; the windows are told', () => {
    const now = at('2026-10-02 08:59')
    const result = cancel(ACTORS.applicant, now)
    expect(result.ok && result.data.appointment).toMatchObject({ status: 'cancelled', cancellation: { at: now, by: 'o-applicant', reason: '行程有变' } })
    expect(result.ok && result.data.effects.map((e) => [e.to, e.windowId, e.template])).toEqual([
      ['window-staff', LEAD, 'cancelled'],
      ['window-staff', ASSIST, 'cancelled'],
    ])
  })

  it('R15 the desk cancels for an applicant who phoned, and the applicant is told', () => {
    const result = cancel(ACTORS.desk, at('2026-09-30 10:00'))
    expect(result.ok && result.data.effects).toContainEqual({ kind: 'notify', to: 'applicant', template: 'cancelled', appointmentId: 'a-1' })
  })

  it('R15 staff cannot cancel an agreed appointment', () => {
    for (const actor of [ACTORS.assignedStaff, ACTORS.leadLeader, ACTORS.leadColleague]) {
      expect(cancel(actor, at('2026-09-30 10:00'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })

  it('R15 refuses a cancellation once the agreed time has begun', () => {
    expect(cancel(ACTORS.applicant, at('2026-10-02 09:00'))).toMatchObject({ ok: false, error: { code: 'CHANGE_TOO_LATE', message: '约定办理时间已到，不能再取消' } })
  })

  it('R15 a cancellation needs a reason', () => {
    expect(cancel(ACTORS.applicant, at('2026-09-30 10:00'), '')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { reason: '请填写取消原因' } } })
  })

  it('R15 a request not yet confirmed can be cancelled on its day', () => {
    const result = applyEvent(appointmentIn('assigned'), { type: 'cancel', reason: '不需要了' }, ACTORS.applicant, at('2026-10-02 10:00'), {})
    expect(result.ok).toBe(true)
  })
})

describe('force majeure (R17)', () => {
  it('R17 staff report force majeure with a note; the section is told at once', () => {
    const now = at('2026-10-01 20:00')
    const result = applyEvent(appointmentIn('confirmed'), VALID.forceMajeure.event, ACTORS.assignedStaff, now, {})
    expect(result.ok && result.data.appointment).toMatchObject({ status: 'force_majeure', forceMajeure: { at: now, by: ASSIGNED_STAFF, note: '暴雨停电' } })
    expect(result.ok && result.data.effects).toEqual([{ kind: 'notify', to: 'section', template: 'force_majeure', appointmentId: 'a-1' }])
  })

  it('R17 refuses a report without a note', () => {
    const result = applyEvent(appointmentIn('confirmed'), { type: 'forceMajeure', note: '' }, ACTORS.assignedStaff, at('2026-10-01 20:00'), {})
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { note: '请填写不可抗力情况说明' } } })
  })
})
