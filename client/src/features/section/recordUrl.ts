/**
 * The section's record page of one appointment (R8).
 * @example recordUrl('appt-1') // '/packages/section/pages/record/index?id=appt-1'
 */
export function recordUrl(appointmentId: string): string {
  return `/packages/section/pages/record/index?id=${encodeURIComponent(appointmentId)}`
}
