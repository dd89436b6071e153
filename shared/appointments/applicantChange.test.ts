import type { Actor } from './actor'
import { applyEvent } from './applyEvent'
import { ACTORS } from './testing/actors'
import { APPLICANT_OPENID, ASSIST, LEAD, appointmentIn, at } from './testing/makeAppointment'
import { VALID } from './testing/validEvents'

const HOURS = VALID.proposeChange.context.serviceHours
const context = { serviceHours: HOURS, centerPhone: '0533-3618118' }

describe('the applicant asks to move their own appointment (申请改期, R16)', () => {
  const ask = (event: { newDate?: string; newTime?: string; reason: string }, now = at('2026-09-30 09:00'), status: 'confirmed' | 'assigned' | 'change_pending' = 'confirmed', actor: Actor = ACTORS.applicant) =>
    applyEvent(appointmentIn(status), { type: 'proposeChange', ...event }, actor, now, context)

  it.each([
    ['a new time, 12 hours or more ahead', { newTime: '10:00', reason: '临时有事' }, at('2026-10-01 21:00'), 'ok'],
    ['a time with less than 12 hours to go', { newTime: '10:00', reason: '临时有事' }, at('2026-10-01 21:01'), 'CHANGE_TOO_LATE'],
    ['a time outside the holiday service hours', { newTime: '18:00', reason: '下班后办理' }, at('2026-09-30 09:00'), 'INVALID_INPUT'],
    ['no reason', { newTime: '10:00', reason: ' ' }, at('2026-09-30 09:00'), 'INVALID_INPUT'],
    ['neither date nor time', { reason: '临时有事' }, at('2026-09-30 09:00'), 'INVALID_INPUT'],
  ] as const)('%s: %s', (_case, event, now, expected) => {
    const result = ask(event, now)
    if (expected === 'ok') expect(result.ok).toBe(true)
    else expect(result).toMatchObject({ ok: false, error: { code: expected } })
  })

  it('under 12 hours the applicant is told to call the centre', () => {
    expect(ask({ newTime: '10:00', reason: '临时有事' }, at('2026-10-02 06:00'))).toMatchObject({
      ok: false,
      error: { code: 'CHANGE_TOO_LATE', message: '距约定时间不足12小时，不能在线申请改期，请致电0533-3618118联系' },
    })
  })

  it('waits for the section as a change proposed by the applicant; the section and the windows are told', () => {
    const result = ask({ newTime: '10:30', reason: '临时有事' })
    expect(result.ok && result.data.appointment).toMatchObject({
      status: 'change_pending',
      change: { proposedBy: APPLICANT_OPENID, byApplicant: true, newTime: '10:30', reason: '临时有事' },
    })
    expect(result.ok && result.data.effects).toEqual([
      { kind: 'notify', to: 'section', template: 'change_requested', appointmentId: 'a-1' },
      { kind: 'notify', to: 'window-staff', windowId: LEAD, template: 'change_requested', appointmentId: 'a-1' },
      { kind: 'notify', to: 'window-staff', windowId: ASSIST, template: 'change_requested', appointmentId: 'a-1' },
    ])
    expect(result.ok && result.data.appointment.timeline.at(-1)).toMatchObject({ byRole: 'applicant', note: '申请人申请改期：临时有事' })
  })

  it('refuses in a wrong state and from another citizen', () => {
    expect(ask({ newTime: '10:00', reason: '临时有事' }, undefined, 'assigned')).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    expect(ask({ newTime: '10:00', reason: '临时有事' }, undefined, 'change_pending')).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    expect(ask({ newTime: '10:00', reason: '临时有事' }, undefined, 'confirmed', ACTORS.otherCitizen)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('the section decides it like a staff proposal; the answer goes to the applicant', () => {
    const asked = ask({ newTime: '10:30', reason: '临时有事' })
    if (!asked.ok) throw new Error(asked.error.message)
    const pending = asked.data.appointment
    const approved = applyEvent(pending, { type: 'decideChange', decision: 'approved' }, ACTORS.section, at('2026-09-30 10:00'), {})
    expect(approved.ok && approved.data.appointment).toMatchObject({ status: 'confirmed', agreedTime: '10:30' })
    expect(approved.ok && approved.data.effects.filter((e) => e.to === 'applicant')).toEqual([{ kind: 'notify', to: 'applicant', template: 'changed', appointmentId: 'a-1' }])
    const rejected = applyEvent(pending, { type: 'decideChange', decision: 'rejected' }, ACTORS.section, at('2026-09-30 10:00'), {})
    expect(rejected.ok && rejected.data.appointment).toMatchObject({ status: 'confirmed', agreedTime: '09:00' })
    expect(rejected.ok && rejected.data.effects).toEqual([{ kind: 'notify', to: 'applicant', template: 'change_rejected', appointmentId: 'a-1' }])
  })
})
