import * as v from 'valibot'
import { fail, fieldErrors, ok, type ApiResult } from '../api'
import type { Appointment, TimelineEntry } from './appointment'
import { actorKinds, type Actor } from './actor'
import { cancelHandler, decideChangeHandler, forceMajeureHandler, proposeChangeHandler } from './changeHandlers'
import type { ContextFor } from './context'
import type { AppointmentEffect } from './effects'
import { EVENT_SCHEMAS, type AppointmentEvent, type EventType } from './eventSchemas'
import type { Handler, HandlerInput } from './handler'
import { fileHandler, paperSignHandler } from './recordHandlers'
import { redispatchHandler } from './redispatchHandler'
import { requestHandler } from './requestHandler'
import { rescheduleHandler } from './rescheduleHandler'
import { assignHandler, confirmHandler, confirmPartHandler, dispatchHandler } from './scheduleHandlers'
import { acknowledgeHandler, completeHandler, markLateHandler, startHandler } from './serviceHandlers'
import { markNoShowHandler, recordAttemptHandler } from './noShowHandlers'
import { splitHandler } from './splitHandler'
import { statusName } from './statusName'
import { EVENT_NAMES, transitionFor, type TransitionRow } from './transitions'

const HANDLERS: { [K in EventType]: Handler<K> } = {
  request: requestHandler,
  dispatch: dispatchHandler,
  redispatch: redispatchHandler,
  assign: assignHandler,
  confirm: confirmHandler,
  confirmPart: confirmPartHandler,
  proposeChange: proposeChangeHandler,
  decideChange: decideChangeHandler,
  forceMajeure: forceMajeureHandler,
  reschedule: rescheduleHandler,
  cancel: cancelHandler,
  start: startHandler,
  markLate: markLateHandler,
  complete: completeHandler,
  acknowledge: acknowledgeHandler,
  split: splitHandler,
  recordAttempt: recordAttemptHandler,
  markNoShow: markNoShowHandler,
  paperSign: paperSignHandler,
  file: fileHandler,
}

/** The next appointment and what the caller does once it is saved. */
export interface Applied {
  appointment: Appointment
  effects: AppointmentEffect[]
}

/**
 * Every action on an appointment goes through here, as a pure transition
 * (docs/style.md): the caller loads the appointment, calls this, saves the result
 * with its version (a concurrent writer gets `CONFLICT`), then runs the effects.
 *
 * In order:
 * 1. an event on no appointment (other than `request`) is `NOT_FOUND`; a
 *    stale `event.version` is `CONFLICT`;
 * 2. a state the event's row does not accept is `INVALID_TRANSITION`,
 *    naming the current state (当前状态为“已确认”，不能派单);
 * 3. an actor the row does not name is `FORBIDDEN`;
 * 4. the payload is parsed with the event's schema (`INVALID_INPUT`), then
 *    the event's business rules apply (R6, R7, R8, R9, R10, R11, R12, R13, R14, R15, R16, R17, R18, R19; `CHANGE_TOO_LATE`,
 *    `TOO_EARLY`, `REASON_REQUIRED`, …).
 *
 * The answer is a new object (the input is never mutated) with version + 1
 * and one timeline entry more.
 *
 * @example applyEvent(appointment, { type: 'dispatch', version: 1, leadWindowId: 'w1' }, sectionActor, now, {})
 */
export function applyEvent<K extends EventType>(
  appointment: Appointment | null,
  event: AppointmentEvent<K>,
  actor: Actor,
  now: number,
  context: ContextFor<K>,
): ApiResult<Applied> {
  const row: TransitionRow<K> | undefined = transitionFor(event.type)
  if (!row) return fail('INVALID_INPUT', '不支持的操作')
  if (!appointment) {
    if (!row.from.includes(null)) return fail('NOT_FOUND')
  } else {
    if (event.version !== undefined && event.version !== appointment.version) return fail('CONFLICT')
    if (!row.from.includes(appointment.status)) {
      return fail('INVALID_TRANSITION', `当前状态为“${statusName(appointment.status)}”，不能${EVENT_NAMES[event.type]}`)
    }
  }
  const kinds = actorKinds(actor, appointment, row)
  const kind = row.roles.find((r) => kinds.includes(r))
  if (!kind) return fail('FORBIDDEN')

  const { type: _type, version: _version, ...body } = event
  const parsed = v.safeParse(EVENT_SCHEMAS[event.type], body)
  if (!parsed.success) {
    const fields = fieldErrors(parsed.issues)
    return fail('INVALID_INPUT', Object.values(fields)[0], fields)
  }
  const payload = parsed.output
  const handler = HANDLERS[event.type] as Handler<K>
  const input = { appointment, payload, actor, kind, now, context } as HandlerInput<K>
  const handled = handler(input)
  if (!handled.ok) return handled

  const current = handled.data.appointment
  const status =
    row.to === 'unchanged' ? current.status : typeof row.to === 'function' ? row.to({ type: event.type, ...payload } as AppointmentEvent<K>, appointment) : row.to
  const entry: TimelineEntry = { at: now, by: actor.id, byRole: kind, event: event.type, status }
  if (handled.data.note) entry.note = handled.data.note
  return ok({
    appointment: { ...current, status, version: current.version + 1, timeline: [...current.timeline, entry] },
    effects: handled.data.effects,
  })
}
