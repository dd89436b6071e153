import type { Appointment } from './appointment'
import { actorKinds, type Actor } from './actor'
import type { EventType } from './eventSchemas'
import { partToConfirm } from './partToConfirm'
import { TRANSITIONS, type TransitionRow } from './transitions'

/** What `eventsOpenTo` reads of an appointment. */
export type EventSubject = Pick<Appointment, 'status' | 'leadWindowId' | 'assistingWindowIds' | 'assignedStaffId' | 'parts' | 'itemIds' | 'contactAttempts'>

/**
 * The events `actor` may send on `appointment` now, in the table's order:
 * those whose row accepts the state and names one of the actor's kinds
 * under the row's scope (`TRANSITIONS`, `actorKinds`: `applyEvent`'s steps
 * 2 and 3), and `confirmPart` only while the actor's window still has its
 * part to confirm (R13), `split` only for more than one item (R14), `markNoShow` once an attempt is recorded (R18). What the payload must say and each event's
 * business rules are `applyEvent`'s when the step is taken: a page offers
 * these steps, the server decides again.
 *
 * @example eventsOpenTo(appointmentIn('dispatched'), leadLeader) // ['assign']
 */
export function eventsOpenTo(appointment: EventSubject, actor: Actor): EventType[] {
  return (TRANSITIONS as readonly TransitionRow[])
    .filter((row) => row.from.includes(appointment.status))
    .filter((row) => {
      const kinds = actorKinds(actor, appointment, row)
      return row.roles.some((kind) => kinds.includes(kind))
    })
    .filter((row) => row.event !== 'confirmPart' || partToConfirm(appointment, actor.windowId) !== undefined)
    .filter((row) => row.event !== 'split' || appointment.itemIds.length > 1)
    .filter((row) => row.event !== 'markNoShow' || (appointment.contactAttempts?.length ?? 0) > 0)
    .map((row) => row.event)
}
