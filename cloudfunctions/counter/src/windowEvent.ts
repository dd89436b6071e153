import type * as v from 'valibot'
import type { EventPayload, EventType } from '@shared/appointments'
import type { Role } from '@shared/org'
import type { ActionContext } from '../../../server/context'
import { guarded } from '../../../server/guard'
import { runEvent, type ContextSource, type EventOn, type EventRef } from '../../../server/appointments/runEvent'

/** Who may call the `counter` function at all: window staff and leaders (architecture.md). */
export const COUNTER_ROLES: readonly Role[] = ['staff', 'leader']

/** The events the window takes on an appointment. */
export type WindowEventType = Exclude<EventType, 'request' | 'dispatch' | 'decideChange' | 'cancel' | 'acknowledge'>

type Input<K extends WindowEventType> = EventRef & EventPayload<K>

/**
 * A `counter` action taking event `type` on one appointment: the input is
 * the contract's (`shared/contract`): the appointment reference with the
 * event's shared payload schema; the caller must hold one of `roles`, and `context` gives
 * what `applyEvent` needs from outside (loaded once the appointment is known).
 * Staff and leaders see only the appointments of their own window, lead or
 * assisting: any other answers `NOT_FOUND` (`runEvent`).
 */
export function windowEventAction<K extends WindowEventType>(
  type: K,
  inputSchema: v.GenericSchema<unknown, Input<K>>,
  context: (input: Input<K>, ctx: ActionContext) => ContextSource<K>,
  roles: readonly Role[] = COUNTER_ROLES,
) {
  return guarded(roles, inputSchema, (input, ctx, actor) => {
    const { appointmentId, version, requestId, ...payload } = input
    const event = { type, ...payload } as unknown as EventOn<K>
    return runEvent(ctx, { appointmentId, version, requestId }, event, context(input, ctx), actor)
  })
}
