/** The window's page for one appointment. */
export function counterAppointmentUrl(id: string): string {
  return `/packages/staff/pages/appointment/index?id=${encodeURIComponent(id)}`
}

/** The printable registration form (预约服务登记表, R8), built by the section package. */
export function registrationFormUrl(id: string): string {
  return `/packages/section/pages/form/index?id=${encodeURIComponent(id)}`
}
