import { eventsOpenTo } from '@shared/appointments'
import { useMemo } from 'react'
import { useCloudQuery } from '../cloud/useCloudQuery'

/** The section as the state machine reads it when offering steps: by role (`eventsOpenTo`). */
const SECTION = { id: '', openid: '', roles: ['section' as const], isApplicant: false }

/**
 * One appointment's whole story for the section (R8), and the steps the
 * table lets the section take on it now (`eventsOpenTo`: re-dispatch until
 * confirmed, R9, R13; reschedule after force majeure, R17), with every department's windows for a re-dispatch.
 */
export function useSectionRecord(appointmentId: string) {
  const record = useCloudQuery('section', 'appointments.record', { appointmentId })
  const departments = useCloudQuery('catalog', 'departments.list', {})
  const appointment = record.data?.appointment
  const open = useMemo(() => (appointment ? eventsOpenTo(appointment, SECTION) : []), [appointment])
  return { record, departments: departments.data?.departments ?? [], canRedispatch: open.includes('redispatch'), canReschedule: open.includes('reschedule') }
}
