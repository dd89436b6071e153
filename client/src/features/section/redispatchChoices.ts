import type { AppointmentView } from '@shared/appointments'
import type { DepartmentWithWindows, ServiceWindow } from '@shared/org'

/**
 * The windows a re-dispatch may name (R9, R13), as the server checks them:
 * the lead department's windows, or with `otherDepartment` every other
 * department's; never the current lead window nor an assisting one.
 *
 * @example redispatchChoices(appointment, 'dept-scjg', departments, false).map((w) => w.id) // ['win-03']
 */
export function redispatchChoices(
  appointment: Pick<AppointmentView, 'leadWindowId' | 'assistingWindowIds'>,
  leadDepartmentId: string | undefined,
  departments: readonly DepartmentWithWindows[],
  otherDepartment: boolean,
): ServiceWindow[] {
  const taken = new Set([appointment.leadWindowId, ...appointment.assistingWindowIds])
  return departments
    .filter((d) => (otherDepartment ? d.id !== leadDepartmentId : d.id === leadDepartmentId))
    .flatMap((d) => d.windows)
    .filter((w) => !taken.has(w.id))
}
