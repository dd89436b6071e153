import { applyEvent } from './applyEvent'
import { describeDeviation } from './deviations'
import { ACTORS } from './testing/actors'
import { ASSIGNED_STAFF, appointmentIn, at } from './testing/makeAppointment'
import { VALID } from './testing/validEvents'

const HOURS = VALID.confirm.context.serviceHours
const REASON = '申请人白天在外地，双方约定傍晚办理'

describe('agreed times outside the holiday hours (R4)', () => {
  const confirm = (agreedTime: string, plannedMinutes: number, reason?: string, serviceHours = HOURS) =>
    applyEvent(
      appointmentIn('assigned'),
      { ...VALID.confirm.event, agreedTime, plannedMinutes, ...(reason !== undefined ? { reason } : {}) },
      ACTORS.assignedStaff,
      VALID.confirm.now,
      { ...VALID.confirm.context, serviceHours },
    )

  // agreed time, planned minutes, within one span of 08:30–12:00 / 13:30–17:00
  it.each([
    ['08:30', 60, true],
    ['11:00', 60, true],
    ['11:01', 60, false],
    ['16:00', 60, true],
    ['16:30', 60, false],
    ['12:30', 30, false],
    ['07:30', 30, false],
    ['18:00', 60, false],
    ['13:30', 210, true],
  ])('%s for %i minutes inside the hours: %s', (agreedTime, minutes, inside) => {
    const result = confirm(agreedTime, minutes)
    if (inside) expect(result.ok).toBe(true)
    else expect(result).toMatchObject({ ok: false, error: { code: 'REASON_REQUIRED' } })
  })

  it('refuses without a reason, saying what the holiday hours are', () => {
    expect(confirm('18:00', 60)).toEqual({
      ok: false,
      error: {
        code: 'REASON_REQUIRED',
        message: '约定时间18:00–19:00不在节假日服务时间（08:30–12:00、13:30–17:00）内，请填写原因',
        fields: { reason: '约定时间18:00–19:00不在节假日服务时间（08:30–12:00、13:30–17:00）内，请填写原因' },
      },
    })
  })

  it('follows the holidayHours setting, not the walk-in hours', () => {
    const evenings = [{ start: '09:00', end: '20:00' }]
    expect(confirm('18:00', 60, undefined, evenings).ok).toBe(true)
    expect(confirm('08:30', 30, undefined, evenings)).toMatchObject({ ok: false, error: { fields: { reason: expect.stringContaining('09:00–20:00') } } })
  })

  it('confirms with a reason, keeps it on the record as a deviation and tells the section', () => {
    const result = confirm('18:00', 60, REASON)
    if (!result.ok) throw new Error(result.error.message)
    const { appointment, effects } = result.data
    expect(appointment).toMatchObject({ status: 'confirmed', agreedTime: '18:00' })
    expect(appointment.deviations).toEqual([
      { kind: 'outsideHours', entered: at('2026-10-02 18:00'), expected: at('2026-10-02 19:00'), hours: HOURS, reason: REASON, by: ASSIGNED_STAFF, at: VALID.confirm.now },
    ])
    expect(effects).toContainEqual({ kind: 'notify', to: 'section', template: 'deviation_reported', appointmentId: appointment.id })
    expect(appointment.timeline.at(-1)?.note).toBe(`约定18:00（原因：${REASON}）`)
  })

  it('a time inside the hours needs no reason, records nothing and tells the section nothing', () => {
    const result = confirm('09:00', 60, REASON)
    expect(result.ok && result.data.appointment.deviations).toBeUndefined()
    expect(result.ok && result.data.effects.map((e) => e.to)).toEqual(['applicant'])
  })

  it('a change to a time outside the hours becomes a deviation with the proposal\'s reason once approved (R16)', () => {
    const proposed = applyEvent(appointmentIn('confirmed'), { ...VALID.proposeChange.event, newTime: '17:30' }, ACTORS.assignedStaff, VALID.proposeChange.now, VALID.proposeChange.context)
    if (!proposed.ok) throw new Error(proposed.error.message)
    const decided = applyEvent(proposed.data.appointment, VALID.decideChange.event, ACTORS.section, VALID.decideChange.now, {})
    if (!decided.ok) throw new Error(decided.error.message)
    expect(decided.data.appointment.agreedTime).toBe('17:30')
    expect(decided.data.appointment.deviations).toEqual([expect.objectContaining({ kind: 'outsideHours', reason: '窗口设备检修', by: ASSIGNED_STAFF })])
  })
})

describe('half a working day in principle (R14)', () => {
  const confirm = (plannedMinutes: number, reason?: string) =>
    applyEvent(
      appointmentIn('assigned'),
      { ...VALID.confirm.event, agreedTime: '08:30', plannedMinutes, ...(reason !== undefined ? { reason } : {}) },
      ACTORS.assignedStaff,
      VALID.confirm.now,
      // One long span, so that only the duration is at issue.
      { ...VALID.confirm.context, serviceHours: [{ start: '08:30', end: '17:00' }] },
    )

  // planned minutes, reason given, answer
  it.each([
    [210, undefined, 'ok'],
    [211, undefined, 'REASON_REQUIRED'],
    [211, '并联事项较多', 'ok'],
    [300, undefined, 'REASON_REQUIRED'],
    [300, '  ', 'REASON_REQUIRED'],
  ])('planned %i minutes, reason %p: %s', (minutes, reason, answer) => {
    const result = confirm(minutes, reason)
    if (answer === 'ok') expect(result.ok).toBe(true)
    else expect(result).toMatchObject({ ok: false, error: { code: answer, fields: { reason: `计划办理时长${minutes}分钟，超过半个工作日（210分钟），请填写原因` } } })
  })

  it('a planned duration over half a day is kept with its reason and flagged to the section', () => {
    const result = confirm(240, '并联事项较多')
    expect(result.ok && result.data.appointment.deviations).toEqual([
      { kind: 'plannedOverHalfDay', expected: 210, entered: 240, reason: '并联事项较多', by: ASSIGNED_STAFF, at: VALID.confirm.now },
    ])
    expect(result.ok && result.data.effects.map((e) => e.template)).toEqual(['confirmed', 'deviation_reported'])
  })

  const complete = (endedAt: number, reason?: string) =>
    applyEvent(
      appointmentIn('in_service', { startedAt: at('2026-10-02 09:00') }),
      { ...VALID.complete.event, endedAt, ...(reason !== undefined ? { reason } : {}) },
      ACTORS.assignedStaff,
      at('2026-10-02 13:00'),
      {},
    )

  // end of service, reason, answer
  it.each([
    ['12:30', undefined, 'ok'],
    ['12:31', undefined, 'REASON_REQUIRED'],
    ['12:31', '材料现场补正', 'ok'],
  ])('recorded service 09:00–%s, reason %p: %s', (end, reason, answer) => {
    const result = complete(at(`2026-10-02 ${end}`), reason)
    if (answer === 'ok') expect(result.ok).toBe(true)
    else expect(result).toMatchObject({ ok: false, error: { code: answer } })
  })

  it('a recorded duration over half a day is completed with its reason and flagged', () => {
    const result = complete(at('2026-10-02 12:50'), '材料现场补正')
    if (!result.ok) throw new Error(result.error.message)
    const { appointment, effects } = result.data
    expect(appointment.outcome?.minutes).toBe(230)
    expect(appointment.deviations?.map(describeDeviation)).toEqual(['办理时长230分钟，超过半个工作日（210分钟）'])
    expect(effects.map((e) => e.template)).toEqual(['completed', 'deviation_reported'])
  })
})
