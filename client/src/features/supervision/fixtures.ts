import { appointmentIn, at } from '@shared/appointments/testing/makeAppointment'
import { buildCalendar, SHIPPED_YEARS } from '@shared/calendar'
import { DEFAULT_SETTINGS } from '@shared/settings'
import { supervisionReport, type SupervisionReportAnswer } from '@shared/supervision'
import { makeReview, WINDOWS } from '@shared/supervision/testing/factories'

/** Test support: October 2026's report over the shared factories' windows, as the server answers it. */
export function octoberReport(): SupervisionReportAnswer {
  const report = supervisionReport({
    from: '2026-10-01',
    to: '2026-10-31',
    windows: WINDOWS,
    appointments: [appointmentIn('abandoned'), appointmentIn('completed', { id: 'a-2' }), appointmentIn('confirmed', { id: 'a-3' })],
    shifts: [],
    reviews: [makeReview('very_dissatisfied')],
    calendar: buildCalendar(SHIPPED_YEARS),
    settings: DEFAULT_SETTINGS,
    now: at('2026-11-02 10:00'),
  })
  return { ...report, truncated: false }
}
