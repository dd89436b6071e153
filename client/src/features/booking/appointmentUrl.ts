/** The appointment page for one appointment. */
export function appointmentUrl(id: string): string {
  return `/pages/appointment/index?id=${encodeURIComponent(id)}`
}
