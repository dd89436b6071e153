import type { AppointmentView } from '@shared/appointments'
import { makeAppointment } from '@shared/appointments/testing/makeAppointment'
import { filingOutcome } from './filingOutcome'

const filed = (archiveNo: string): AppointmentView => ({ ...makeAppointment({ filing: { archiveNo, box: '', at: 1, by: 's' } }), statusText: '已确认办结' })

describe('what the section is told after filing (R19)', () => {
  it('R19 names the archive numbers given, first to last', () => {
    expect(filingOutcome({ filed: [filed('2026-G-0001'), filed('2026-G-0002'), filed('2026-G-0003')], refused: [] })).toBe('已归档 3 条，归档号 2026-G-0001 至 2026-G-0003')
    expect(filingOutcome({ filed: [filed('2026-G-0004')], refused: [] })).toBe('已归档 1 条，归档号 2026-G-0004')
  })

  it('R19 says which records were not filed and why', () => {
    const text = filingOutcome({ filed: [], refused: [{ appointmentId: 'a-1', code: 'ALREADY_FILED', message: '该记录已归档，归档号2026-G-0001' }] })
    expect(text).toBe('没有记录被归档；1 条未归档：该记录已归档，归档号2026-G-0001')
    expect(text).not.toContain('a-1')
  })
})
