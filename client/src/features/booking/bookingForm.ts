import { appointmentRequestSchema, type AppointmentRequest, type HalfDay } from '@shared/appointments'
import type { CivilDate } from '@shared/time'
import { validateFields, type Validated } from '../admin/validateFields'

/** What the citizen has filled in on the book page, as typed. */
export interface BookingDraft {
  date?: CivilDate
  halfDay?: HalfDay
  /** `HH:mm`, optional: a preferred time instead of, or within, the half-day. */
  time: string
  name: string
  phone: string
  note: string
  /** A company applies (企业办理, R7): its registered name and unified social credit code; `name` is then its contact person. */
  asCompany?: boolean
  companyName?: string
  creditCode?: string
}

export const EMPTY_DRAFT: BookingDraft = { time: '', name: '', phone: '', note: '' }

/**
 * The `appointments.request` input a draft stands for (R8): its items, the
 * form's id for the request, empty optional fields left out, and the
 * mini-program as the channel (R7).
 *
 * @example toAppointmentRequest({ date: '2026-10-02', halfDay: 'am', time: '', name: '张三', phone: '13812345678', note: '' }, ['item-006'], 'req12345')
 * // { requestId: 'req12345', itemIds: ['item-006'], date: '2026-10-02', halfDay: 'am', applicant: { name: '张三', phone: '13812345678' }, channel: 'mini-program' }
 */
export function toAppointmentRequest(draft: BookingDraft, itemIds: readonly string[], requestId: string): Record<string, unknown> {
  const time = draft.time.trim()
  const note = draft.note.trim()
  return {
    requestId,
    itemIds: [...itemIds],
    date: draft.date,
    ...(draft.halfDay ? { halfDay: draft.halfDay } : {}),
    ...(time ? { time } : {}),
    applicant: {
      name: draft.name,
      phone: draft.phone.trim(),
      ...(draft.asCompany ? { company: { name: draft.companyName ?? '', creditCode: draft.creditCode ?? '' } } : {}),
    },
    ...(note ? { note } : {}),
    channel: 'mini-program',
  }
}

/**
 * Checks a draft with the schema the server uses, so each field's Chinese
 * message shows beside it before anything is sent (`applicant.phone`, `date`…).
 */
export function validateBooking(draft: BookingDraft, itemIds: readonly string[], requestId: string): Validated<AppointmentRequest> {
  return validateFields(appointmentRequestSchema, toAppointmentRequest(draft, itemIds, requestId))
}
