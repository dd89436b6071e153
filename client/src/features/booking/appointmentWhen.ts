import type { Appointment, HalfDay } from '@shared/appointments'
import { formatMonthDay, formatWeekday } from '../calendar/formatCivilDate'

export const HALF_DAY_NAMES: Record<HalfDay, string> = { am: '上午', pm: '下午' }

/**
 * The day and part of day the applicant asked for.
 * @example requestedWhen({ date: '2026-10-02', halfDay: 'am', preferredTime: '09:30' }) // '10月2日（周五）上午 9:30'
 */
export function requestedWhen(appointment: Pick<Appointment, 'date' | 'halfDay' | 'preferredTime'>): string {
  const parts = [`${formatMonthDay(appointment.date)}（${formatWeekday(appointment.date)}）`]
  if (appointment.halfDay) parts.push(HALF_DAY_NAMES[appointment.halfDay])
  if (appointment.preferredTime) parts.push(` ${appointment.preferredTime.replace(/^0/, '')}`)
  return parts.join('')
}

/**
 * The time agreed with the window (R11), or that the window will call to agree it.
 * @example agreedWhen({ agreedTime: '09:00' }) // '约定时间：9:00'
 */
export function agreedWhen(appointment: Pick<Appointment, 'agreedTime'>): string {
  return appointment.agreedTime ? `约定时间：${appointment.agreedTime.replace(/^0/, '')}` : '约定时间：待窗口联系确认'
}
