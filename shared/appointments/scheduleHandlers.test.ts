import { applyEvent } from './applyEvent'
import { ACTORS } from './testing/actors'
import { ASSIST, ASSIGNED_STAFF, LEAD, appointmentIn, at } from './testing/makeAppointment'
import { VALID } from './testing/validEvents'

describe('dispatch and assignment (R9, R10, R13)', () => {
  it('R9 R13 dispatch records the lead and assisting windows and tells each of them', () => {
    const result = applyEvent(appointmentIn('submitted'), VALID.dispatch.event, ACTORS.section, VALID.dispatch.now, {})
    expect(result.ok && result.data.appointment).toMatchObject({
      status: 'dispatched',
      leadWindowId: LEAD,
      assistingWindowIds: [ASSIST],
      parts: [
        { windowId: LEAD, role: 'lead' },
        { windowId: ASSIST, role: 'assist' },
      ],
    })
    expect(result.ok && result.data.effects).toEqual([
      { kind: 'notify', to: 'window-staff', windowId: LEAD, template: 'dispatched', appointmentId: 'a-1' },
      { kind: 'notify', to: 'window-staff', windowId: ASSIST, template: 'dispatched', appointmentId: 'a-1' },
    ])
  })

  it('R13 refuses an assisting window that is also the lead', () => {
    const event = { type: 'dispatch' as const, leadWindowId: LEAD, assistingWindowIds: [LEAD] }
    expect(applyEvent(appointmentIn('submitted'), event, ACTORS.section, VALID.dispatch.now, {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { assistingWindowIds: '配合窗口不能与主办窗口相同' } },
    })
  })

  it('R10 the lead window\'s leader assigns one of its staff, who is told', () => {
    const { event, context, now } = VALID.assign
    const result = applyEvent(appointmentIn('dispatched'), event, ACTORS.leadLeader, now, context)
    expect(result.ok && result.data.appointment).toMatchObject({ status: 'assigned', assignedStaffId: ASSIGNED_STAFF })
    expect(result.ok && result.data.effects).toEqual([
      { kind: 'notify', to: 'window-staff', windowId: LEAD, staffId: ASSIGNED_STAFF, template: 'assigned', appointmentId: 'a-1' },
    ])
  })

  it.each([
    ['of another window', { id: 's-other', roles: ['staff' as const], windowId: 'w-other', active: true }],
    ['no longer active', { id: 's-other', roles: ['staff' as const], windowId: LEAD, active: false }],
    ['without a window role', { id: 's-other', roles: ['desk' as const], windowId: LEAD, active: true }],
  ])('R10 refuses to assign staff %s', (_case, staff) => {
    const result = applyEvent(appointmentIn('dispatched'), { type: 'assign', staffId: 's-other' }, ACTORS.leadLeader, VALID.assign.now, { staff })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { staffId: '该人员不是本窗口的在岗工作人员' } } })
  })

  it('R10 refuses to assign staff that could not be found', () => {
    const result = applyEvent(appointmentIn('dispatched'), VALID.assign.event, ACTORS.leadLeader, VALID.assign.now, { staff: null })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('R10 a leader may reassign before confirmation', () => {
    const staff = { id: 's-colleague', roles: ['staff' as const], windowId: LEAD, active: true }
    const result = applyEvent(appointmentIn('assigned'), { type: 'assign', staffId: 's-colleague' }, ACTORS.leadLeader, VALID.assign.now, { staff })
    expect(result.ok && result.data.appointment.assignedStaffId).toBe('s-colleague')
    expect(result.ok && result.data.appointment.parts[0].staffId).toBe('s-colleague')
  })
})

describe('confirmation (R11, R12, R14)', () => {
  const { context, now } = VALID.confirm
  const confirm = (overrides: Partial<typeof VALID.confirm.event> = {}, ctx = context) =>
    applyEvent(appointmentIn('assigned'), { ...VALID.confirm.event, ...overrides }, ACTORS.assignedStaff, now, ctx)

  it('R11 records the contact, the agreed time and the lead part, and tells the applicant', () => {
    const result = confirm()
    expect(result.ok && result.data.appointment).toMatchObject({
      status: 'confirmed',
      agreedTime: '09:00',
      plannedMinutes: 60,
      contact: { at: now, by: ASSIGNED_STAFF, note: '电话联系，已告知材料', materialsToldInFull: true },
      parts: [{ windowId: LEAD, role: 'lead', staffId: ASSIGNED_STAFF, confirmedAt: now }, { windowId: ASSIST, role: 'assist' }],
    })
    expect(result.ok && result.data.effects).toEqual([{ kind: 'notify', to: 'applicant', template: 'confirmed', appointmentId: 'a-1' }])
  })

  it('R11 refuses to confirm before the materials were told once and in full', () => {
    expect(confirm({ contact: { note: '', materialsToldInFull: false } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'contact.materialsToldInFull': '请先向申请人一次性告知所需材料和注意事项' } },
    })
  })

  it('R11 refuses to confirm without a contact record', () => {
    expect(confirm({ contact: undefined })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { contact: '请填写联系记录' } } })
  })

  it('R14 confirms a planned 210 minutes (half a working day)', () => {
    expect(confirm({ agreedTime: '08:30', plannedMinutes: 210 }).ok).toBe(true)
  })

  it('R14 asks a reason for a planned 211 minutes', () => {
    expect(confirm({ agreedTime: '08:30', plannedMinutes: 211 })).toMatchObject({ ok: false, error: { code: 'REASON_REQUIRED' } })
  })

  it('R14 plans the items\' estimate when the staff gives no duration, and asks a reason when it is over half a day', () => {
    const result = confirm({ plannedMinutes: undefined })
    expect(result.ok && result.data.appointment.plannedMinutes).toBe(30)
    expect(confirm({ plannedMinutes: undefined }, { ...context, estimatedMinutes: 240 })).toMatchObject({ ok: false, error: { code: 'REASON_REQUIRED' } })
  })

  it.each([['07:30'], ['12:30'], ['11:30'], ['16:30']])('R4 asks a reason for %s, an hour of service outside one span of the holiday hours', (agreedTime) => {
    expect(confirm({ agreedTime })).toMatchObject({ ok: false, error: { code: 'REASON_REQUIRED', fields: { reason: expect.stringContaining('08:30–12:00、13:30–17:00') } } })
  })

  it('refuses an agreed time already past', () => {
    const late = applyEvent(appointmentIn('assigned'), VALID.confirm.event, ACTORS.assignedStaff, at('2026-10-02 09:00'), context)
    expect(late).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { agreedTime: '约定时间已过，请重新约定' } } })
  })

  it('R12 lets two applicants of one item be confirmed at distinct times', () => {
    const first = confirm({ agreedTime: '09:00' })
    const second = applyEvent(appointmentIn('assigned', { id: 'a-2' }), { ...VALID.confirm.event, agreedTime: '10:00' }, ACTORS.assignedStaff, now, context)
    expect([first.ok && first.data.appointment.agreedTime, second.ok && second.data.appointment.agreedTime]).toEqual(['09:00', '10:00'])
  })

  it('R11 tells an applicant registered by phone too: the outbox sends it by SMS', () => {
    const phone = appointmentIn('assigned', { channel: 'phone', applicantOpenid: undefined, registeredBy: 'desk-1' })
    const result = applyEvent(phone, VALID.confirm.event, ACTORS.assignedStaff, now, context)
    expect(result.ok && result.data.effects).toEqual([{ kind: 'notify', to: 'applicant', template: 'confirmed', appointmentId: phone.id }])
  })
})

describe('parallel handling (R13)', () => {
  it('R13 an assisting window confirms its part once, without changing the state', () => {
    const { event, now } = VALID.confirmPart
    const first = applyEvent(appointmentIn('confirmed'), event, ACTORS.assistStaff, now, {})
    expect(first.ok && first.data.appointment).toMatchObject({
      status: 'confirmed',
      parts: [{ role: 'lead' }, { windowId: ASSIST, role: 'assist', staffId: 's-assist', confirmedAt: now }],
    })
    if (!first.ok) return
    const again = applyEvent(first.data.appointment, event, ACTORS.assistLeader, now, {})
    expect(again).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', message: '本窗口的配合办理已确认' } })
  })

  it('R13 the lead window cannot confirm an assisting part', () => {
    expect(applyEvent(appointmentIn('confirmed'), VALID.confirmPart.event, ACTORS.leadLeader, VALID.confirmPart.now, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})
