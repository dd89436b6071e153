import { appointmentCreditMinutes } from '../time-bank'
import { applyEvent } from './applyEvent'
import type { Appointment, ContactAttempt } from './appointment'
import { ACTORS } from './testing/actors'
import { ASSIGNED_STAFF, appointmentIn, at } from './testing/makeAppointment'

/** Confirmed for 09:00 on 2 October, 60 minutes planned. */
const confirmed = appointmentIn('confirmed', { plannedMinutes: 60 })
const SETTINGS = { attempts: 3, minutes: 30 }
const call = (time: string, result: ContactAttempt['result'] = 'no_answer'): ContactAttempt => ({
  at: at(`2026-10-02 ${time}`),
  way: 'phone',
  result,
  by: ASSIGNED_STAFF,
  recordedAt: at(`2026-10-02 ${time}`),
})

const record = (now: string, payload: Record<string, unknown> = {}, appointment: Appointment = confirmed) =>
  applyEvent(appointment, { type: 'recordAttempt', version: appointment.version, way: 'phone', result: 'no_answer', ...payload } as never, ACTORS.assignedStaff, at(`2026-10-02 ${now}`), {})
const noShow = (now: string, attempts: ContactAttempt[], settings = SETTINGS) => {
  const appointment = { ...confirmed, contactAttempts: attempts }
  return applyEvent(appointment, { type: 'markNoShow', version: appointment.version }, ACTORS.assignedStaff, at(`2026-10-02 ${now}`), settings)
}

describe('attempts to reach an applicant who has not come (R18)', () => {
  it('records each attempt with when, how and what came of it, in the history too', () => {
    const result = record('09:12', { at: at('2026-10-02 09:10'), way: 'sms', result: 'unreachable', note: '短信未回复' })
    if (!result.ok) throw new Error(result.error.message)
    expect(result.data.appointment.status).toBe('confirmed')
    expect(result.data.appointment.contactAttempts).toEqual([
      { at: at('2026-10-02 09:10'), way: 'sms', result: 'unreachable', note: '短信未回复', by: ASSIGNED_STAFF, recordedAt: at('2026-10-02 09:12') },
    ])
    expect(result.data.appointment.timeline.at(-1)?.note).toBe('09:10 短信联系，关机或无法接通：短信未回复')
  })

  // now, the attempt's time, answer
  it.each([
    ['08:59', undefined, 'TOO_EARLY'],
    ['09:00', undefined, 'ok'],
    ['09:20', '08:55', 'INVALID_INPUT'],
    ['09:20', '09:21', 'INVALID_INPUT'],
    ['09:20', '09:05', 'ok'],
  ])('at %s, an attempt at %s: %s', (now, time, answer) => {
    const result = record(now, time ? { at: at(`2026-10-02 ${time}`) } : {})
    expect(result.ok ? 'ok' : result.error.code).toBe(answer)
  })

  it('refuses a way or result it does not know, in Chinese', () => {
    expect(record('09:10', { way: 'fax' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { way: '请选择联系方式' } } })
    expect(record('09:10', { result: 'answered' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { result: '请选择联系结果' } } })
  })
})

describe('closing as a no-show (未到, R18)', () => {
  const three = [call('09:05'), call('09:15', 'declined'), call('09:25')]

  // now, attempts, settings, answer
  it.each([
    ['09:29', three, SETTINGS, 'TOO_EARLY'],
    ['09:30', three, SETTINGS, 'ok'],
    ['09:40', three.slice(0, 2), SETTINGS, 'INVALID_INPUT'],
    ['09:40', [call('08:50'), ...three.slice(0, 2)], SETTINGS, 'INVALID_INPUT'],
    ['09:40', three.slice(0, 2), { attempts: 2, minutes: 30 }, 'ok'],
    ['09:40', three, { attempts: 3, minutes: 45 }, 'TOO_EARLY'],
  ])('at %s with %j: %j → %s', (now, attempts, settings, answer) => {
    const result = noShow(now, attempts, settings)
    expect(result.ok ? 'ok' : result.error.code).toBe(answer)
  })

  it('says how many attempts are still needed', () => {
    expect(noShow('09:40', [call('09:05')])).toMatchObject({ ok: false, error: { message: '已联系申请人1次，须至少联系3次仍联系不上才能登记未到' } })
    expect(noShow('09:20', three)).toMatchObject({ ok: false, error: { message: '约定时间后满30分钟才能登记未到' } })
  })

  it('closes as no_show, distinct from abandoned, and credits the staff with the planned minutes like abandoned', () => {
    const result = noShow('09:40', three)
    if (!result.ok) throw new Error(result.error.message)
    const { appointment } = result.data
    expect(appointment).toMatchObject({ status: 'no_show', noShow: { at: at('2026-10-02 09:40'), by: ASSIGNED_STAFF, attempts: 3 } })
    expect(appointment.lateRecord).toBeUndefined()
    expect(appointment.timeline.at(-1)).toMatchObject({ event: 'markNoShow', status: 'no_show', note: '联系3次未果，登记未到' })
    expect(appointmentCreditMinutes(appointment)).toBe(60)
    expect(appointmentCreditMinutes(appointmentIn('abandoned', { plannedMinutes: 60 }))).toBe(60)
  })

  it('only the window\'s staff and leader close it, and only while confirmed', () => {
    const appointment = { ...confirmed, contactAttempts: three }
    const by = (actor: keyof typeof ACTORS) => applyEvent(appointment, { type: 'markNoShow', version: appointment.version }, ACTORS[actor], at('2026-10-02 09:40'), SETTINGS)
    expect(by('leadLeader').ok).toBe(true)
    expect(by('section')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(by('applicant')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const inService = { ...appointment, status: 'in_service' as const }
    expect(applyEvent(inService, { type: 'markNoShow', version: inService.version }, ACTORS.assignedStaff, at('2026-10-02 09:40'), SETTINGS)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })
})
