import { requestedWhen } from '../booking/appointmentWhen'
import { itemNamesOf } from '../booking/itemNamesOf'
import type { AppointmentView } from '@shared/appointments'

/**
 * One line naming an appointment for the section: items, day, applicant.
 * @example appointmentLine(appointment, names) // '社会保障卡申领与补换 · 10月2日（周五）上午 · 张三 13812345678'
 */
export function appointmentLine(appointment: AppointmentView, names: ReadonlyMap<string, string>): string {
  const { name, phone } = appointment.applicant
  return `${itemNamesOf(appointment.itemIds, names)} · ${requestedWhen(appointment)} · ${name} ${phone}`
}
