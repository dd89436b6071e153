import { fail, ok, type ApiError, type ApiResult } from '@shared/api'
import { applyEvent, isActive, type AppointmentEvent, type AppointmentView, type ContextFor, type EventType } from '@shared/appointments'
import { resolveActor, type Actor } from '../auth'
import type { ActionContext } from '../context'
import { appointmentRepository, type StoredAppointment } from './appointmentRepository'
import { appointmentView, canViewAppointment } from './appointmentView'
import { capLedgerRepository } from './capLedgerRepository'
import { domainActor } from './domainActor'
import { outboxRepository } from './outboxRepository'

/** Which appointment, the version the caller saw, and the caller's id for this action (`appointmentRefSchema`). */
export interface EventRef {
  appointmentId: string
  version: number
  requestId: string
}

/** An event on an existing appointment, without the version (`runEvent` takes it from the ref). */
export type EventOn<K extends Exclude<EventType, 'request'>> = Omit<AppointmentEvent<K>, 'version'>

/** What `applyEvent` needs from outside, given now or loaded once the appointment is known. */
export type ContextSource<K extends EventType> = ContextFor<K> | ((appointment: StoredAppointment) => Promise<ContextFor<K>>)

/**
 * A check against the loaded appointment that may refuse a step the state
 * machine allows, before anything is saved — a rule that needs records
 * `applyEvent` does not see (e.g. the departments of a dispatch's windows,
 * R13): the refusal, or null to go on.
 */
export type PreCheck = (appointment: StoredAppointment) => Promise<{ ok: false; error: ApiError } | null>

/**
 * The server's step for every action on an existing appointment (style.md:
 * load, apply shared, save with a version, run effects, answer):
 *
 * 1. who is calling (OPENID and staff record) and the appointment, read
 *    side by side; anyone who may not see it (`canViewAppointment`: another
 *    citizen, the desk for what it did not register, another window's
 *    staff) is told `NOT_FOUND`, as for an id that does not exist, before
 *    its version or state is revealed; those who may see it but not take
 *    this step get the transition table's `FORBIDDEN`;
 * 2. `applyEvent` (state, actor, payload and rules; a stale version is `CONFLICT`),
 *    then `check` if given, so that the state machine's answer — or the
 *    saved result for a repeated `requestId` — comes first;
 * 3. save only over the version loaded (`where({ _id, version })`): a
 *    concurrent writer gets `CONFLICT`, never a silent overwrite;
 * 4. effects, best effort — the place under the per-applicant cap is given
 *    back when the appointment leaves the active states, and notifications
 *    are queued in the outbox; a failure there is logged, the action stands.
 *
 * The same `requestId` again (a double tap) answers the saved result instead
 * of `CONFLICT`: the stored `lastRequestId` says the step already happened.
 * Requests: 3 (staff record, load, save) + 1 to give a place back + 1 per message.
 */
export async function runEvent<K extends Exclude<EventType, 'request'>>(
  ctx: ActionContext,
  ref: EventRef,
  event: EventOn<K>,
  context: ContextSource<K>,
  /** The caller, when the action already resolved them (e.g. through `guarded`): saves a read. */
  known?: Actor,
  check?: PreCheck,
): Promise<ApiResult<{ appointment: AppointmentView }>> {
  if (!ctx.caller.openid) return fail('UNAUTHENTICATED')
  const appointments = appointmentRepository(ctx.db)
  const [actor, stored] = await Promise.all([known ?? resolveActor(ctx), appointments.get(ref.appointmentId)])
  if (!actor) return fail('UNAUTHENTICATED')
  if (!stored) return fail('NOT_FOUND')
  const who = domainActor(actor, stored)
  // Before `applyEvent` can say CONFLICT or INVALID_TRANSITION, or the step answer the record.
  if (!canViewAppointment(who, stored)) return fail('NOT_FOUND')
  const answer = (appointment: StoredAppointment) => ok({ appointment: appointmentView(appointment, who) })

  const now = ctx.now().getTime()
  const eventContext = typeof context === 'function' ? await context(stored) : context
  const applied = applyEvent(stored, { ...event, version: ref.version } as AppointmentEvent<K>, who, now, eventContext)
  if (!applied.ok) return stored.lastRequestId === ref.requestId ? answer(stored) : applied
  const refused = check ? await check(stored) : null
  if (refused) return refused

  const next: StoredAppointment = {
    ...applied.data.appointment,
    ...(stored.capLedgerId ? { capLedgerId: stored.capLedgerId } : {}),
    lastRequestId: ref.requestId,
  }
  if (!(await appointments.save(stored, next))) {
    const current = await appointments.get(ref.appointmentId)
    return current?.lastRequestId === ref.requestId ? answer(current) : fail('CONFLICT')
  }

  await runEffects(ctx, stored, next, applied.data.effects, now)
  return answer(next)
}

/** After the save: what may fail without undoing the step. */
async function runEffects(
  ctx: ActionContext,
  prev: StoredAppointment,
  next: StoredAppointment,
  effects: Parameters<ReturnType<typeof outboxRepository>['queue']>[1],
  now: number,
): Promise<void> {
  const leftActive = isActive(prev.status) && !isActive(next.status) && next.capLedgerId !== undefined
  const results = await Promise.allSettled([
    leftActive ? capLedgerRepository(ctx.db).release(next.capLedgerId as string, next.id) : Promise.resolve(),
    effects.length ? outboxRepository(ctx.db).queue(next, effects, now) : Promise.resolve(),
  ])
  for (const result of results) if (result.status === 'rejected') console.error('[effects]', next.id, result.reason)
}
