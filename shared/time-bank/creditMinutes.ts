import type { Appointment } from '../appointments'
import type { TimeSpan } from '../calendar'
import { halfDaySpan, type DutyShift } from '../duty'
import { beijingInstant } from '../time'

/**
 * The minutes a duty shift earns (R24): from check-in to check-out, clipped
 * to the service hours of that half-day (R2, setting `walkInHours`) — coming
 * early or staying late earns nothing extra. 0 until checked out.
 * @example dutyCreditMinutes({ date: '2026-10-17', half: 'am', checkInAt: 08:40, checkOutAt: 12:10 }, hours) // 200
 */
export function dutyCreditMinutes(shift: Pick<DutyShift, 'date' | 'half' | 'checkInAt' | 'checkOutAt'>, walkInHours: readonly TimeSpan[]): number {
  const span = halfDaySpan(shift.half, walkInHours)
  if (!span || shift.checkInAt === undefined || shift.checkOutAt === undefined) return 0
  const from = Math.max(shift.checkInAt, beijingInstant(shift.date, span.start).getTime())
  const to = Math.min(shift.checkOutAt, beijingInstant(shift.date, span.end).getTime())
  return to > from ? Math.round((to - from) / 60000) : 0
}

/** What an abandoned appointment (R18) credits when no planned duration was agreed: the 30 minutes waited. */
const ABANDONED_DEFAULT_MINUTES = 30

/**
 * The minutes a holiday appointment earns its assigned staff (R19, R24): a
 * completed one its recorded `outcome.minutes`; one the applicant gave up
 * after 30 minutes' lateness (`abandoned`, counts as served, R18) the
 * planned minutes agreed on confirmation — the staff held that time free —
 * and so does a no-show after unanswered attempts (`no_show`, R18),
 * or, with none agreed, the 30 minutes waited. Anything else earns nothing.
 * @example appointmentCreditMinutes({ status: 'abandoned', plannedMinutes: 45 }) // 45
 */
export function appointmentCreditMinutes(appointment: Pick<Appointment, 'status' | 'outcome' | 'plannedMinutes'>): number {
  if (appointment.status === 'completed' || appointment.status === 'acknowledged') return appointment.outcome?.minutes ?? 0
  if (appointment.status === 'abandoned' || appointment.status === 'no_show') return appointment.plannedMinutes ?? ABANDONED_DEFAULT_MINUTES
  return 0
}
