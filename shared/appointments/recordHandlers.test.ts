import { applyEvent } from './applyEvent'
import { ACTORS } from './testing/actors'
import { ASSIGNED_STAFF, REFERENCE_NO, appointmentIn, at } from './testing/makeAppointment'

const NOW = at('2026-10-02 10:00')

describe('paper signature (R19)', () => {
  const byPhone = appointmentIn('completed', { channel: 'phone', applicantOpenid: undefined })
  const sign = (appointment = byPhone, payload: { formNo: string; onRequest?: boolean; note?: string } = { formNo: REFERENCE_NO }) =>
    applyEvent(appointment, { type: 'paperSign', ...payload }, ACTORS.assignedStaff, NOW, {})

  it('R19 counts a phone applicant\'s signature on the printed form as their confirmation, with the way recorded', () => {
    const result = sign()
    expect(result.ok && result.data.appointment).toMatchObject({
      status: 'acknowledged',
      acknowledgedAt: NOW,
      paperSignature: { at: NOW, by: ASSIGNED_STAFF, formNo: REFERENCE_NO, onRequest: false, note: '' },
    })
    expect(result.ok && result.data.appointment.timeline.at(-1)).toMatchObject({ event: 'paperSign', note: `申请人已在纸质登记表上签字（编号${REFERENCE_NO}）` })
  })

  it('R19 reads the serial number as staff type it (full-width digits, spaces)', () => {
    expect(sign(byPhone, { formNo: ' ２０２６－０００００１ ' }).ok).toBe(true)
  })

  it('R19 refuses a serial number of another form with a Chinese message', () => {
    const result = sign(byPhone, { formNo: '2026-000002' })
    expect(result).toMatchObject({ ok: false, error: { code: 'FORM_NUMBER_MISMATCH', fields: { formNo: '登记表编号与本预约不符' } } })
    expect(!result.ok && result.error.message).toContain('2026-000002')
  })

  it('R19 refuses a record made before numbering: nothing to check the form against', () => {
    const { referenceNo: _none, ...old } = byPhone
    expect(sign(old)).toMatchObject({ ok: false, error: { code: 'FORM_NUMBER_MISMATCH' } })
  })

  it('R19 a mini-program applicant confirms in the app unless they ask to sign on paper', () => {
    const app = appointmentIn('completed')
    expect(sign(app)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { onRequest: expect.any(String) } } })
    expect(sign(app, { formNo: REFERENCE_NO, onRequest: true })).toMatchObject({ ok: true, data: { appointment: { paperSignature: { onRequest: true } } } })
  })

  it('R19 is refused before completion and after the applicant confirmed', () => {
    expect(sign(appointmentIn('in_service', { channel: 'phone' }))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    expect(sign(appointmentIn('acknowledged', { channel: 'phone' }))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })
})

describe('filing (R8, R19)', () => {
  const file = (appointment = appointmentIn('acknowledged'), box?: string) =>
    applyEvent(appointment, { type: 'file', ...(box ? { box } : {}) }, ACTORS.section, at('2026-10-08 10:00'), { archiveNo: '2026-G-0007' })

  it('R19 files a served record under the archive number, keeping its state', () => {
    const result = file(appointmentIn('acknowledged'), '2026年第1卷')
    expect(result.ok && result.data.appointment).toMatchObject({
      status: 'acknowledged',
      filing: { archiveNo: '2026-G-0007', box: '2026年第1卷', by: ACTORS.section.id },
    })
  })

  it('R19 files a record once', () => {
    const filed = appointmentIn('completed', { filing: { archiveNo: '2026-G-0001', box: '', at: 1, by: 's' } })
    expect(file(filed)).toMatchObject({ ok: false, error: { code: 'ALREADY_FILED', message: '该记录已归档，归档号2026-G-0001' } })
  })

  it('R19 files only served records, and only the section does', () => {
    expect(file(appointmentIn('confirmed'))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    const byStaff = applyEvent(appointmentIn('completed'), { type: 'file' }, ACTORS.assignedStaff, NOW, { archiveNo: 'x' })
    expect(byStaff).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
