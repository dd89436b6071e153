/**
 * Records for the booking tests: `calendar.upcoming` as the server answers it
 * at a given moment (computed by the shared calendar code), and appointments
 * as `booking` answers them.
 */
import { makeAppointment } from '@shared/appointments/testing/makeAppointment'
import { buildCalendar, dayInfo, DEFAULT_CALENDAR_SETTINGS, SHIPPED_YEARS, upcomingHolidays, type UpcomingAnswer } from '@shared/calendar'
import { STATUS_NAMES, type Appointment, type AppointmentView } from '@shared/appointments'
import { civilDateOf, formatBeijingIso } from '@shared/time'

const CALENDAR = buildCalendar(SHIPPED_YEARS)

/** `calendar.upcoming` at `now` (ISO with offset). */
export function upcomingAt(now: string): UpcomingAnswer {
  return {
    now: formatBeijingIso(now),
    today: dayInfo(civilDateOf(now), CALENDAR),
    walkInHours: DEFAULT_CALENDAR_SETTINGS.walkInHours.map((span) => ({ ...span })),
    subscribeTemplates: { citizen: [], staff: [], section: [], longTerm: [] },
    ...upcomingHolidays(now, CALENDAR, DEFAULT_CALENDAR_SETTINGS),
  }
}

/** An appointment as the applicant reads it, with overrides. */
export function viewOf(overrides: Partial<Appointment> = {}): AppointmentView {
  const appointment = makeAppointment({ itemIds: ['item-001'], ...overrides })
  return { ...appointment, statusText: STATUS_NAMES[appointment.status] }
}
