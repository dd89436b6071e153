/** The appointment page for one appointment. */
export function appointmentUrl(id: string): string {
  return `/packages/citizen/pages/appointment/index?id=${encodeURIComponent(id)}`
}
