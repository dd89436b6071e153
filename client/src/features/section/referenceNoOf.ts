import type { AppointmentView } from '@shared/appointments'

/**
 * The appointment's human reference number (预约编号, e.g. `2026-000123`) when
 * the record carries one (`referenceNo`, added with the numbering of R8), so
 * the section's screens show it as soon as it exists; undefined before.
 */
export function referenceNoOf(appointment: AppointmentView): string | undefined {
  const value = (appointment as AppointmentView & { referenceNo?: unknown }).referenceNo
  return typeof value === 'string' && value !== '' ? value : undefined
}
