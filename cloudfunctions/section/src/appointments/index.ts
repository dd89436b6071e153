import { listAction } from './listAction'
import { recordAction } from './recordAction'
import { redispatchAction } from './redispatchAction'
import { rescheduleAction } from './rescheduleAction'

/** The section's list of every appointment, one record's whole story, and re-dispatch (R8, R9, R13), and the reschedule after force majeure (R17). */
export const appointmentActions = {
  'appointments.list': listAction,
  'appointments.record': recordAction,
  'appointments.redispatch': redispatchAction,
  'appointments.reschedule': rescheduleAction,
}
