import { applyEvent } from './applyEvent'
import { countsAsServed } from './countsAsServed'
import { ACTORS } from './testing/actors'
import { ASSIGNED_STAFF, appointmentIn, at } from './testing/makeAppointment'

describe('lateness (R18)', () => {
  const markLate = (now: number, payload: { contacted: boolean; gaveUp: boolean; note?: string } = { contacted: true, gaveUp: true }) =>
    applyEvent(appointmentIn('confirmed'), { type: 'markLate', ...payload }, ACTORS.assignedStaff, now, {})

  it('R18 refuses to record lateness 29 minutes after the agreed time', () => {
    expect(markLate(at('2026-10-02 09:29'))).toMatchObject({ ok: false, error: { code: 'TOO_EARLY' } })
  })

  it('R18 records an applicant who gave up 31 minutes late: abandoned, counted as served', () => {
    const now = at('2026-10-02 09:31')
    const result = markLate(now)
    expect(result.ok && result.data.appointment).toMatchObject({
      status: 'abandoned',
      lateRecord: { at: now, by: ASSIGNED_STAFF, contacted: true, gaveUp: true, note: '' },
    })
    expect(result.ok && countsAsServed(result.data.appointment.status)).toBe(true)
    expect(result.ok && result.data.appointment.timeline.at(-1)).toMatchObject({ event: 'markLate', status: 'abandoned', note: '申请人放弃办理' })
  })

  it('R18 accepts the record from exactly 30 minutes', () => {
    expect(markLate(at('2026-10-02 09:30')).ok).toBe(true)
  })

  it('R18 an applicant still coming keeps the appointment confirmed, with the record', () => {
    const result = markLate(at('2026-10-02 09:31'), { contacted: true, gaveUp: false, note: '堵车，10点前到' })
    expect(result.ok && result.data.appointment).toMatchObject({ status: 'confirmed', lateRecord: { gaveUp: false, note: '堵车，10点前到' } })
    expect(result.ok && result.data.appointment.timeline.at(-1)).toMatchObject({ event: 'markLate', status: 'confirmed', note: '堵车，10点前到' })
  })

  it('R18 refuses the record until staff have contacted the applicant', () => {
    expect(markLate(at('2026-10-02 09:31'), { contacted: false, gaveUp: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { contacted: '请先联系申请人，询问是否放弃办理' } },
    })
  })
})

describe('service and completion (R14, R19)', () => {
  it('R19 service starts on the appointment\'s day, by the assigned staff or a colleague of the lead window', () => {
    const now = at('2026-10-02 08:50')
    const result = applyEvent(appointmentIn('confirmed'), { type: 'start' }, ACTORS.leadColleague, now, {})
    expect(result.ok && result.data.appointment).toMatchObject({ status: 'in_service', startedAt: now })
  })

  it('R19 refuses to start before the appointment\'s day', () => {
    expect(applyEvent(appointmentIn('confirmed'), { type: 'start' }, ACTORS.assignedStaff, at('2026-10-01 23:59'), {})).toMatchObject({
      ok: false,
      error: { code: 'TOO_EARLY' },
    })
  })

  const complete = (payload: { result?: string; startedAt?: number; endedAt?: number }, now = at('2026-10-02 12:40')) =>
    applyEvent(appointmentIn('in_service'), { type: 'complete', result: '营业执照已发放', ...payload }, ACTORS.assignedStaff, now, {})

  it('R19 records the outcome, times and whole minutes, and asks the applicant to confirm', () => {
    const now = at('2026-10-02 09:40')
    const result = complete({}, now)
    expect(result.ok && result.data.appointment).toMatchObject({
      status: 'completed',
      outcome: { result: '营业执照已发放', startedAt: at('2026-10-02 09:00'), endedAt: now, minutes: 40 },
    })
    expect(result.ok && result.data.effects).toEqual([{ kind: 'notify', to: 'applicant', template: 'completed', appointmentId: 'a-1' }])
  })

  it('R14 completes a visit of 210 minutes', () => {
    const result = complete({ startedAt: at('2026-10-02 09:00'), endedAt: at('2026-10-02 12:30') })
    expect(result.ok && result.data.appointment.outcome?.minutes).toBe(210)
  })

  it('R14 asks a reason for a visit of 211 minutes', () => {
    expect(complete({ startedAt: at('2026-10-02 09:00'), endedAt: at('2026-10-02 12:31') })).toMatchObject({
      ok: false,
      error: { code: 'REASON_REQUIRED', fields: { reason: '办理时长211分钟，超过半个工作日（210分钟），请填写原因' } },
    })
  })

  it('R14 rounds to whole minutes: 210 minutes 29 seconds is 210', () => {
    const result = complete({ startedAt: at('2026-10-02 09:00'), endedAt: at('2026-10-02 12:30') + 29_000 })
    expect(result.ok && result.data.appointment.outcome?.minutes).toBe(210)
  })

  it.each([
    ['ends before it starts', { startedAt: at('2026-10-02 10:00'), endedAt: at('2026-10-02 09:00') }],
    ['ends when it starts', { startedAt: at('2026-10-02 10:00'), endedAt: at('2026-10-02 10:00') }],
    ['ends in the future', { startedAt: at('2026-10-02 10:00'), endedAt: at('2026-10-02 13:00') }],
  ])('R19 refuses a record that %s', (_case, times) => {
    expect(complete(times)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { endedAt: '开始时间须早于办结时间，且办结时间不能晚于现在' } } })
  })

  it('R19 refuses times off the appointment\'s day: a start the day before, an end the day after', () => {
    expect(complete({ startedAt: at('2026-10-01 23:00'), endedAt: at('2026-10-02 00:30') })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { startedAt: expect.stringContaining('办理时间须在预约当天（2026-10-02）') } },
    })
    expect(complete({}, at('2026-10-03 09:10'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { endedAt: expect.any(String) } } })
  })

  describe('a start earlier than the one recorded (R19, R24)', () => {
    const recorded = at('2026-10-02 09:45')
    const late = (payload: { startedAt?: number; reason?: string }, overrides = {}) =>
      applyEvent(
        appointmentIn('in_service', { startedAt: recorded, ...overrides }),
        { type: 'complete', result: '已办结', ...payload },
        ACTORS.assignedStaff,
        at('2026-10-02 09:46'),
        {},
      )

    it('asks for a reason for a start three and a half hours before the recorded one, and saves nothing without it', () => {
      expect(late({ startedAt: at('2026-10-02 06:16') })).toEqual({
        ok: false,
        error: {
          code: 'REASON_REQUIRED',
          message: '开始时间06:16比系统记录的09:45早209分钟，请填写原因',
          fields: { reason: '开始时间06:16比系统记录的09:45早209分钟，请填写原因' },
        },
      })
    })

    it('keeps the reason on the record as a deviation, and in the timeline', () => {
      const result = late({ startedAt: at('2026-10-02 09:00'), reason: '申请人提前到达，先行受理' })
      expect(result.ok && result.data.appointment.deviations).toEqual([
        { kind: 'earlyStart', expected: recorded, entered: at('2026-10-02 09:00'), reason: '申请人提前到达，先行受理', by: ASSIGNED_STAFF, at: at('2026-10-02 09:46') },
      ])
      expect(result.ok && result.data.appointment.timeline.at(-1)?.note).toBe('已办结（原因：申请人提前到达，先行受理）')
    })

    it('takes a start up to 15 minutes early, or any later one, as it is: no reason, no deviation', () => {
      for (const startedAt of [at('2026-10-02 09:30'), at('2026-10-02 09:45'), at('2026-10-02 09:46') - 60_000]) {
        const result = late({ startedAt })
        expect(result.ok && result.data.appointment.deviations).toBeUndefined()
      }
    })

    it('measures from the agreed time when no start was recorded', () => {
      expect(late({ startedAt: at('2026-10-02 08:40') }, { startedAt: undefined })).toMatchObject({ ok: false, error: { code: 'REASON_REQUIRED' } })
      expect(late({ startedAt: at('2026-10-02 08:50') }, { startedAt: undefined }).ok).toBe(true)
    })
  })

  it('R19 refuses a completion without an outcome', () => {
    expect(complete({ result: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { result: '请填写办理结果' } } })
  })

  it('R19 the applicant confirms the completion record; no one else may sign for them', () => {
    const now = at('2026-10-02 10:00')
    const result = applyEvent(appointmentIn('completed'), { type: 'acknowledge' }, ACTORS.applicant, now, {})
    expect(result.ok && result.data.appointment).toMatchObject({ status: 'acknowledged', acknowledgedAt: now })
    for (const actor of [ACTORS.assignedStaff, ACTORS.section, ACTORS.desk]) {
      expect(applyEvent(appointmentIn('completed'), { type: 'acknowledge' }, actor, now, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })
})

describe('applyEvent as a pure transition', () => {
  it('refuses a stale version with CONFLICT', () => {
    const appointment = appointmentIn('confirmed', { version: 5 })
    const result = applyEvent(appointment, { type: 'start', version: 4 }, ACTORS.assignedStaff, at('2026-10-02 08:50'), {})
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('answers NOT_FOUND for an event on no appointment', () => {
    expect(applyEvent(null, { type: 'start' }, ACTORS.assignedStaff, at('2026-10-02 08:50'), {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('never mutates the appointment it is given', () => {
    const appointment = appointmentIn('in_service')
    const before = structuredClone(appointment)
    applyEvent(appointment, { type: 'complete', result: '已办结' }, ACTORS.assignedStaff, at('2026-10-02 09:40'), {})
    expect(appointment).toEqual(before)
  })

  it('names the current state in Chinese when an event does not fit it', () => {
    expect(applyEvent(appointmentIn('confirmed'), { type: 'dispatch', leadWindowId: 'w-lead' }, ACTORS.section, at('2026-09-30 10:00'), {})).toEqual({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: '当前状态为“已确认”，不能派单' },
    })
  })
})
