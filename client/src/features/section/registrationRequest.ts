import { appointmentRequestSchema, type AppointmentRequest } from '@shared/appointments'
import { validateFields, type Validated } from '../admin/validateFields'
import { toAppointmentRequest, type BookingDraft } from '../booking/bookingForm'

/** How a request registered by staff reached the centre (R7): at the desk on site (现场) or by phone (电话). */
export type StaffChannel = 'desk' | 'phone'

export const CHANNEL_NAMES: Record<StaffChannel, string> = { desk: '现场', phone: '电话' }

/**
 * Checks a desk or phone registration (R7) with the server's schema: the
 * citizen's booking draft for one item, with the channel it came by. No item
 * chosen is a message beside the item field.
 *
 * @example validateRegistration(draft, 'item-001', 'phone', 'req12345').ok // true
 */
export function validateRegistration(draft: BookingDraft, itemId: string | undefined, channel: StaffChannel, requestId: string): Validated<AppointmentRequest> {
  if (!itemId) return { ok: false, errors: { itemIds: '请选择办理事项' } }
  return validateFields(appointmentRequestSchema, { ...toAppointmentRequest(draft, [itemId], requestId), channel })
}
