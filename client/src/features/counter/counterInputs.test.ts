import { assignInput, completeInput, confirmInput, markLateInput, proposeChangeInput, forceMajeureInput } from './counterInputs'

const confirmForm = { agreedTime: '09:00', plannedMinutes: '', note: ' 已电话告知 ', materialsToldInFull: true }

describe('confirming after the call (R11, R14)', () => {
  it('sends the agreed time and the call, leaving the minutes to the items’ estimates when blank', () => {
    expect(confirmInput(confirmForm)).toEqual({
      ok: true,
      value: { agreedTime: '09:00', contact: { note: '已电话告知', materialsToldInFull: true } },
    })
  })

  it('sends planned minutes as a number', () => {
    expect(confirmInput({ ...confirmForm, plannedMinutes: '45' })).toMatchObject({ ok: true, value: { plannedMinutes: 45 } })
  })

  it('R14 leaves more than half a working day to the server, which asks a reason; the reason goes with the time', () => {
    const result = confirmInput({ ...confirmForm, plannedMinutes: '240', reason: ' 申请人材料较多 ' })
    expect(result.ok && result.value).toMatchObject({ plannedMinutes: 240, reason: '申请人材料较多' })
  })

  it('requires the materials told once and in full', () => {
    const result = confirmInput({ ...confirmForm, materialsToldInFull: false })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors['contact.materialsToldInFull']).toBe('请先一次性告知申请人所需材料，再确认预约')
  })

  it('rejects a time that is not HH:mm, with the server’s message', () => {
    const result = confirmInput({ ...confirmForm, agreedTime: '9点' })
    expect(!result.ok && result.errors.agreedTime).toBeTruthy()
  })
})

describe('the other steps’ inputs', () => {
  it('trims the staff id to assign (R10)', () => {
    expect(assignInput({ staffId: ' staff-scjg-1 ' })).toEqual({ ok: true, value: { staffId: 'staff-scjg-1' } })
  })

  it('needs a new date or time for a change, leaving blanks out (R16)', () => {
    expect(proposeChangeInput({ reason: '系统维护', newDate: '', newTime: '14:00' })).toEqual({
      ok: true,
      value: { reason: '系统维护', newTime: '14:00' },
    })
    const none = proposeChangeInput({ reason: '系统维护', newDate: '', newTime: '' })
    expect(!none.ok && none.errors.newTime).toBe('请填写新的日期或时间')
  })

  it('needs a note for force majeure (R17)', () => {
    expect(forceMajeureInput({ note: '' }).ok).toBe(false)
  })

  it('records lateness only after the applicant was contacted (R18)', () => {
    expect(markLateInput({ contacted: false, gaveUp: true, note: '' })).toEqual({ ok: false, errors: { contacted: '请先联系申请人，询问是否放弃办理' } })
    expect(markLateInput({ contacted: true, gaveUp: true, note: '' })).toEqual({ ok: true, value: { contacted: true, gaveUp: true, note: '' } })
  })
})

describe('completion (R19)', () => {
  it('sends the start and end as epoch ms of Beijing time on the appointment’s date', () => {
    expect(completeInput({ result: '已办结', startTime: '09:00', endTime: '09:20', reason: '' }, '2026-10-02')).toEqual({
      ok: true,
      value: { result: '已办结', startedAt: Date.parse('2026-10-02T09:00:00+08:00'), endedAt: Date.parse('2026-10-02T09:20:00+08:00') },
    })
  })

  it('sends the reason for a time that departs from the record, trimmed, when one is given', () => {
    expect(completeInput({ result: '已办结', startTime: '08:00', endTime: '', reason: ' 申请人提前到达 ' }, '2026-10-02')).toEqual({
      ok: true,
      value: { result: '已办结', startedAt: Date.parse('2026-10-02T08:00:00+08:00'), reason: '申请人提前到达' },
    })
  })

  it('leaves blank times to the server', () => {
    expect(completeInput({ result: '已办结', startTime: '', endTime: '', reason: '' }, '2026-10-02')).toEqual({ ok: true, value: { result: '已办结' } })
  })

  it('refuses an end before the start and a malformed time', () => {
    const result = completeInput({ result: '已办结', startTime: '9:60', endTime: '', reason: '' }, '2026-10-02')
    expect(!result.ok && result.errors.startedAt).toBe('时间格式应为“时:分”，如 09:30')
    const backwards = completeInput({ result: '已办结', startTime: '10:00', endTime: '09:00', reason: '' }, '2026-10-02')
    expect(!backwards.ok && backwards.errors.endedAt).toBe('办结时间应晚于开始时间')
  })
})
