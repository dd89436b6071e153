import type { ApiError, ApiResult } from '@shared/api'
import type { AppointmentView, ContextFor, EventType } from '@shared/appointments'
import type { Actor } from '../../../server/auth'
import type { ActionContext } from '../../../server/context'
import type { StoredAppointment } from '../../../server/appointments/appointmentRepository'
import { runEvent, type EventOn, type EventRef } from '../../../server/appointments/runEvent'

type Refused = { ok: false; error: ApiError }

/** Carries a check's refusal out of `runEvent`'s context loader, before anything is saved. */
class Refusal extends Error {
  constructor(readonly refused: Refused) {
    super(refused.error.code)
  }
}

/**
 * `runEvent` with a check against the loaded appointment that may refuse the
 * step (e.g. a window of the wrong department, R13) before anything is
 * written. `runEvent` has no such hook, so the check runs inside its context
 * loader and its refusal is carried out as an exception; the appointment is
 * read once. The check is skipped when the step cannot apply anyway (another
 * state or a stale version), so that the state machine's answer —
 * `INVALID_TRANSITION`, `CONFLICT`, or the saved result for a repeated
 * `requestId` — comes first.
 */
export async function runCheckedEvent<K extends Exclude<EventType, 'request'>>(
  ctx: ActionContext,
  ref: EventRef,
  event: EventOn<K>,
  context: ContextFor<K>,
  actor: Actor,
  check: (appointment: StoredAppointment) => Promise<Refused | null>,
  from: readonly StoredAppointment['status'][],
): Promise<ApiResult<{ appointment: AppointmentView }>> {
  const loader = async (appointment: StoredAppointment) => {
    if (from.includes(appointment.status) && appointment.version === ref.version) {
      const refused = await check(appointment)
      if (refused) throw new Refusal(refused)
    }
    return context
  }
  try {
    return await runEvent(ctx, ref, event, loader, actor)
  } catch (error) {
    if (error instanceof Refusal) return error.refused
    throw error
  }
}
