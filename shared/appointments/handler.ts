import type { ApiResult } from '../api'
import type { ActorKind, Appointment } from './appointment'
import type { Actor } from './actor'
import type { ContextFor } from './context'
import type { AppointmentEffect } from './effects'
import type { EventPayload, EventType } from './eventSchemas'

/** What an event's handler gets: the appointment (null for a request), the parsed payload, who, when. */
export interface HandlerInput<K extends EventType> {
  appointment: K extends 'request' ? null : Appointment
  payload: EventPayload<K>
  actor: Actor
  /** The kind under which the actor takes this step, for the timeline. */
  kind: ActorKind
  now: number
  context: ContextFor<K>
}

/** The fields the event sets, its effects, and a note for the timeline. `applyEvent` sets status, version and timeline. */
export interface HandlerOutput {
  appointment: Appointment
  effects: AppointmentEffect[]
  note?: string
}

/** Checks an event's business rules and computes its result; runs after the table's state and actor checks. */
export type Handler<K extends EventType> = (input: HandlerInput<K>) => ApiResult<HandlerOutput>
