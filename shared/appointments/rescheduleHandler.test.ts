import { applyEvent } from './applyEvent'
import type { Appointment } from './appointment'
import type { ContextFor } from './context'
import type { AppointmentEvent } from './eventSchemas'
import { ACTORS } from './testing/actors'
import { ASSIGNED_STAFF, ASSIST, LEAD, appointmentIn, at } from './testing/makeAppointment'
import { VALID } from './testing/validEvents'
import { appointmentCredits } from '../time-bank/appointmentCredits'

const HOURS = VALID.reschedule.context.serviceHours
const HOLIDAY_3 = { date: '2026-10-03', kind: 'holiday' as const, holidayName: '国庆节', service: 'appointment' as const }
const NOW = VALID.reschedule.now
const COLLEAGUE = { id: 's-colleague', roles: ['staff' as const], windowId: LEAD, active: true }
const stopped = appointmentIn('force_majeure')
/** Reported from `assigned`: no time was agreed, the applicant not yet told the materials (R11). */
const stoppedBeforeContact = appointmentIn('force_majeure', { agreedTime: undefined, contact: undefined, parts: [{ windowId: LEAD, role: 'lead', staffId: ASSIGNED_STAFF }, { windowId: ASSIST, role: 'assist' }] })

type Event = Omit<AppointmentEvent<'reschedule'>, 'type'>
const run = (event: Event, context: ContextFor<'reschedule'> = { serviceHours: HOURS }, appointment: Appointment = stopped, now = NOW) =>
  applyEvent(appointment, { type: 'reschedule', ...event }, ACTORS.section, now, context)

describe('reschedule after force majeure (R17)', () => {
  it.each([
    // [case, event, context, appointment, status, fields]
    ['a new holiday date and time with the same staff: confirmed at the new time', { newDate: '2026-10-03', newTime: '10:00', reason: '已与申请人约定' }, { serviceHours: HOURS, newDay: HOLIDAY_3 }, stopped, 'confirmed', { date: '2026-10-03', agreedTime: '10:00', assignedStaffId: ASSIGNED_STAFF }],
    ['another staff member of the lead window at the same time', { staffId: 's-colleague', reason: '原工作人员突发疾病' }, { serviceHours: HOURS, staff: COLLEAGUE }, stopped, 'confirmed', { date: '2026-10-02', agreedTime: '09:00', assignedStaffId: 's-colleague' }],
    ['another staff member and a new time on the same day', { staffId: 's-colleague', newTime: '14:00', reason: '改由同事办理' }, { serviceHours: HOURS, staff: COLLEAGUE }, stopped, 'confirmed', { agreedTime: '14:00', assignedStaffId: 's-colleague' }],
    ['another window of the department: dispatched there, its leader assigns', { leadWindowId: 'w-other', newTime: '10:00', reason: '本窗口停电，改由二号窗口办理' }, { serviceHours: HOURS }, stopped, 'dispatched', { leadWindowId: 'w-other', preferredTime: '10:00', assignedStaffId: undefined, agreedTime: undefined }],
    ['reported before the call: the named staff call and confirm it (R11)', { staffId: 's-colleague', newTime: '10:00', reason: '改由同事办理' }, { serviceHours: HOURS, staff: COLLEAGUE }, stoppedBeforeContact, 'assigned', { preferredTime: '10:00', assignedStaffId: 's-colleague', agreedTime: undefined }],
  ] as const)('%s', (_case, event, context, appointment, status, fields) => {
    const result = run(event as Event, context as ContextFor<'reschedule'>, appointment)
    if (!result.ok) throw new Error(result.error.message)
    const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))
    expect(result.data.appointment).toMatchObject({ status, ...present })
    for (const [key, value] of Object.entries(fields)) if (value === undefined) expect(result.data.appointment).not.toHaveProperty(key)
  })

  it.each([
    ['nothing new', { reason: '再议' }, { serviceHours: HOURS }, 'INVALID_INPUT', '请选择新的时间、工作人员或窗口'],
    ['no reason', { newTime: '10:00', reason: ' ' }, { serviceHours: HOURS }, 'INVALID_INPUT', '请填写改期说明'],
    ['both a staff member and another window', { staffId: 's-colleague', leadWindowId: 'w-other', reason: '改派' }, { serviceHours: HOURS, staff: COLLEAGUE }, 'INVALID_INPUT', '改派其他窗口时由该窗口负责人分配工作人员'],
    ['a working day', { newDate: '2026-10-09', reason: '改期' }, { serviceHours: HOURS, newDay: { date: '2026-10-09', kind: 'workday' as const, service: 'normal' as const } }, 'INVALID_INPUT', '新的日期须为节假日（预约服务日）'],
    ['a year without calendar data', { newDate: '2027-10-02', reason: '改期' }, { serviceHours: HOURS, newDay: { date: '2027-10-02', kind: 'unknown' as const, service: 'unknown' as const } }, 'CALENDAR_UNKNOWN', undefined],
    ['a time already past', { newDate: '2026-10-01', newTime: '20:00', reason: '改期' }, { serviceHours: HOURS, newDay: { ...HOLIDAY_3, date: '2026-10-01' } }, 'INVALID_INPUT', '新的时间已过，请另选时间'],
    ['staff of another window', { staffId: 's-other', reason: '改由他人' }, { serviceHours: HOURS, staff: { id: 's-other', roles: ['staff' as const], windowId: 'w-other', active: true } }, 'INVALID_INPUT', '该人员不是本窗口的在岗工作人员'],
    ['an inactive staff member', { staffId: 's-colleague', reason: '改由他人' }, { serviceHours: HOURS, staff: { ...COLLEAGUE, active: false } }, 'INVALID_INPUT', '该人员不是本窗口的在岗工作人员'],
    ['a staff member not found', { staffId: 's-colleague', reason: '改由他人' }, { serviceHours: HOURS, staff: null }, 'INVALID_INPUT', '该人员不是本窗口的在岗工作人员'],
    ['the same window as "another window"', { leadWindowId: LEAD, reason: '改派' }, { serviceHours: HOURS }, 'INVALID_INPUT', '已是该窗口办理，请选择其他窗口，或直接选择工作人员'],
    ['an assisting window as lead', { leadWindowId: ASSIST, reason: '改派' }, { serviceHours: HOURS }, 'INVALID_INPUT', '该窗口是配合窗口，不能同时作为主办窗口'],
    ['the same staff at the same time', { staffId: ASSIGNED_STAFF, reason: '照旧' }, { serviceHours: HOURS, staff: { ...COLLEAGUE, id: ASSIGNED_STAFF } }, 'INVALID_INPUT', '请选择新的时间或另一位工作人员'],
  ] as const)('refuses %s', (_case, event, context, code, message) => {
    const result = run(event as Event, context as ContextFor<'reschedule'>)
    expect(result).toMatchObject({ ok: false, error: { code, ...(message ? { message } : {}) } })
  })

  it('only the section reschedules, and only after force majeure', () => {
    expect(applyEvent(stopped, { type: 'reschedule', newTime: '10:00', reason: '改期' }, ACTORS.leadLeader, NOW, { serviceHours: HOURS })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(applyEvent(appointmentIn('confirmed'), { type: 'reschedule', newTime: '10:00', reason: '改期' }, ACTORS.section, NOW, { serviceHours: HOURS })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })

  it('keeps the whole story: the force majeure, what it stopped and what was arranged, who and when', () => {
    const result = run({ staffId: 's-colleague', newTime: '14:00', reason: '改由同事办理' }, { serviceHours: HOURS, staff: COLLEAGUE })
    if (!result.ok) throw new Error(result.error.message)
    const next = result.data.appointment
    expect(next.forceMajeure).toEqual(stopped.forceMajeure)
    expect(next.reschedules).toEqual([
      { at: NOW, by: 'section-1', reason: '改由同事办理', from: { date: '2026-10-02', time: '09:00', windowId: LEAD, staffId: ASSIGNED_STAFF }, to: { date: '2026-10-02', time: '14:00', windowId: LEAD, staffId: 's-colleague' } },
    ])
    expect(next.timeline.at(-1)).toMatchObject({ event: 'reschedule', byRole: 'section', status: 'confirmed', note: '改期说明：改由同事办理' })
    // The assisting window confirms its part again for the new time (R13).
    expect(next.parts).toEqual([{ windowId: LEAD, role: 'lead', staffId: 's-colleague', confirmedAt: stopped.parts[0].confirmedAt }, { windowId: ASSIST, role: 'assist' }])
  })

  it('tells the applicant (changed), the named staff as on an assignment, and the assisting window', () => {
    const result = run({ staffId: 's-colleague', reason: '改由同事办理' }, { serviceHours: HOURS, staff: COLLEAGUE })
    expect(result.ok && result.data.effects).toEqual([
      { kind: 'notify', to: 'window-staff', windowId: LEAD, staffId: 's-colleague', template: 'assigned', appointmentId: 'a-1' },
      { kind: 'notify', to: 'window-staff', windowId: ASSIST, template: 'changed', appointmentId: 'a-1' },
      { kind: 'notify', to: 'applicant', template: 'changed', appointmentId: 'a-1' },
    ])
  })

  it('tells another window as on a dispatch, the old one as on a re-dispatch, and the applicant, whatever their channel', () => {
    const result = run({ leadWindowId: 'w-other', reason: '改由二号窗口' })
    expect(result.ok && result.data.effects).toEqual([
      { kind: 'notify', to: 'window-staff', windowId: 'w-other', template: 'dispatched', appointmentId: 'a-1' },
      { kind: 'notify', to: 'window-staff', windowId: LEAD, template: 'redispatched_away', appointmentId: 'a-1' },
      { kind: 'notify', to: 'applicant', template: 'changed', appointmentId: 'a-1' },
    ])
    const phone = run({ leadWindowId: 'w-other', reason: '改由二号窗口' }, undefined, { ...stopped, applicantOpenid: undefined, channel: 'phone' })
    // A phone applicant is told too: the outbox sends it by SMS (R11).
    expect(phone.ok && phone.data.effects.map((e) => e.to)).toEqual(['window-staff', 'window-staff', 'applicant'])
  })

  it('R4 a time outside the holiday hours is kept as a deviation with the section\'s reason', () => {
    const result = run({ newTime: '18:00', reason: '申请人下班后办理' })
    expect(result.ok && result.data.appointment.deviations).toMatchObject([{ kind: 'outsideHours', reason: '申请人下班后办理', by: 'section-1', at: NOW }])
  })

  it('drops a proposal the force majeure overtook, keeps a decided one', () => {
    const pending = { ...stopped, change: { proposedBy: ASSIGNED_STAFF, reason: '设备检修', newTime: '10:00', at: at('2026-09-29 11:00') } }
    const result = run({ newTime: '11:00', reason: '改期' }, undefined, pending)
    expect(result.ok && result.data.appointment).not.toHaveProperty('change')
    const decided = { ...pending, change: { ...pending.change, decision: 'approved' as const, decidedBy: 'section-1', decidedAt: at('2026-09-29 12:00') } }
    const kept = run({ newTime: '11:00', reason: '改期' }, undefined, decided)
    expect(kept.ok && kept.data.appointment.change).toEqual(decided.change)
  })

  it('R24 the rescheduled appointment earns its credit once, for the staff who served it; force majeure earns none', () => {
    expect(appointmentCredits(stopped, NOW)).toEqual([])
    const result = run({ staffId: 's-colleague', reason: '改由同事办理' }, { serviceHours: HOURS, staff: COLLEAGUE })
    if (!result.ok) throw new Error(result.error.message)
    const served = { ...result.data.appointment, status: 'completed' as const, outcome: { result: '已办结', startedAt: at('2026-10-02 09:00'), endedAt: at('2026-10-02 09:40'), minutes: 40 } }
    const credits = appointmentCredits(served, at('2026-10-02 10:00'))
    expect(credits.map((c) => [c.staffId, c.minutes])).toEqual([['s-colleague', 40]])
  })
})
