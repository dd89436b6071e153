/**
 * The printable registration form's page for one appointment (R8).
 * @example formUrl('appt-1') // '/packages/section/pages/form/index?id=appt-1'
 */
export function formUrl(appointmentId: string): string {
  return `/packages/section/pages/form/index?id=${encodeURIComponent(appointmentId)}`
}
