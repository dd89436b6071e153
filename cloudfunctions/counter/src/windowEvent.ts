import * as v from 'valibot'
import { fail, type ApiResult } from '@shared/api'
import { appointmentRefSchema, type EventPayload, type EventType } from '@shared/appointments'
import type { Role } from '@shared/org'
import type { Actor } from '../../../server/auth'
import type { ActionContext } from '../../../server/context'
import { guarded } from '../../../server/guard'
import type { StoredAppointment } from '../../../server/appointments/appointmentRepository'
import { canViewAppointment, type AppointmentView } from '../../../server/appointments/appointmentView'
import { domainActor } from '../../../server/appointments/domainActor'
import { runEvent, type ContextSource, type EventOn, type EventRef } from '../../../server/appointments/runEvent'

/** Who may call the `counter` function at all: window staff and leaders (architecture.md). */
export const COUNTER_ROLES: readonly Role[] = ['staff', 'leader']

/** The events the window takes on an appointment. */
export type WindowEventType = Exclude<EventType, 'request' | 'dispatch' | 'decideChange' | 'cancel' | 'acknowledge'>

type Answer = ApiResult<{ appointment: AppointmentView }>

/** Thrown inside `runEvent` (before `applyEvent`, before any write) to stop a caller of another window. */
class ForeignWindow extends Error {}

/**
 * `runEvent` for a window's staff or leader, who see only the appointments of
 * their own window, lead or assisting: any other answers `NOT_FOUND`, as for
 * an id that does not exist, with no read more. The check is made on the
 * appointment `runEvent` loads, before `applyEvent` could tell a stranger
 * whether their version is stale (`CONFLICT`) or what state it is in
 * (`INVALID_TRANSITION`); `runEvent` has no hook to answer early, so the
 * context loader aborts it by throwing, and nothing has been written then.
 */
export async function windowEvent<K extends WindowEventType>(
  ctx: ActionContext,
  actor: Actor,
  ref: EventRef,
  event: EventOn<K>,
  context: ContextSource<K>,
): Promise<Answer> {
  const checked = async (stored: StoredAppointment) => {
    if (!canViewAppointment(domainActor(actor, stored), stored)) throw new ForeignWindow()
    return typeof context === 'function' ? context(stored) : context
  }
  try {
    return await runEvent(ctx, ref, event, checked, actor)
  } catch (error) {
    if (error instanceof ForeignWindow) return fail('NOT_FOUND')
    throw error
  }
}

type Input<K extends WindowEventType> = EventRef & EventPayload<K>

/**
 * A `counter` action taking event `type` on one appointment: the input is
 * the appointment reference (`appointmentRefSchema`) with the event's shared
 * payload schema, the caller must hold one of `roles`, and `context` gives
 * what `applyEvent` needs from outside (loaded once the appointment is known).
 */
export function windowEventAction<K extends WindowEventType>(
  type: K,
  payloadSchema: v.GenericSchema<unknown, EventPayload<K>>,
  context: (input: Input<K>, ctx: ActionContext) => ContextSource<K>,
  roles: readonly Role[] = COUNTER_ROLES,
) {
  const schema = v.intersect([appointmentRefSchema, payloadSchema]) as unknown as v.GenericSchema<unknown, Input<K>>
  return guarded(roles, schema, (input, ctx, actor) => {
    const { appointmentId, version, requestId, ...payload } = input
    const event = { type, ...payload } as unknown as EventOn<K>
    return windowEvent(ctx, actor, { appointmentId, version, requestId }, event, context(input, ctx))
  })
}
