import { at, makeAppointment } from '../appointments/testing/makeAppointment'
import { buildCalendar, SHIPPED_YEARS } from '../calendar'
import { confirmationDeadline } from './confirmationDeadline'

const calendar = buildCalendar(SHIPPED_YEARS)

describe('confirmation deadline (R11, R23 拖延)', () => {
  it('is the end of the last working day before the holiday date (30 Sept for 国庆 2026)', () => {
    expect(confirmationDeadline(makeAppointment({ date: '2026-10-02' }), calendar)).toBe(at('2026-10-01 00:00'))
    expect(confirmationDeadline(makeAppointment({ date: '2026-10-07' }), calendar)).toBe(at('2026-10-01 00:00'))
  })

  it('counts a make-up working Sunday (调休上班, R5) as a working day', () => {
    // 2026-09-20 is a make-up Sunday; the day before 21 Sept is it.
    expect(confirmationDeadline(makeAppointment({ date: '2026-09-21' }), calendar)).toBe(at('2026-09-21 00:00'))
  })

  it('gives the window until the end of the day the section dispatched it, when that was later', () => {
    const late = makeAppointment({
      date: '2026-10-05',
      timeline: [{ at: at('2026-10-01 09:00'), by: 'section-1', byRole: 'section', event: 'dispatch', status: 'dispatched' }],
    })
    expect(confirmationDeadline(late, calendar)).toBe(at('2026-10-02 00:00'))
  })

  it('gives the window until the end of the day a change was approved (R16), when that was later', () => {
    const changed = makeAppointment({
      date: '2026-10-05',
      change: { proposedBy: 's', reason: '设备检修', at: at('2026-10-02 08:00'), decision: 'approved', decidedAt: at('2026-10-02 09:00') },
    })
    expect(confirmationDeadline(changed, calendar)).toBe(at('2026-10-03 00:00'))
  })

  it('is null when the calendar does not know the days before the date', () => {
    const only2026 = buildCalendar(SHIPPED_YEARS.filter((y) => y.year === 2026))
    expect(confirmationDeadline(makeAppointment({ date: '2026-01-01' }), only2026)).toBeNull()
  })
})
