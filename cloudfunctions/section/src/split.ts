import { fail, ok } from '@shared/api'
import { applyEvent, referenceYearOf, splitInputSchema, splitOff } from '@shared/appointments'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { appointmentIdFor } from '@server/appointments/appointmentIds'
import { appointmentRepository } from '@server/appointments/appointmentRepository'
import { appointmentView } from '@server/appointments/appointmentView'
import { domainActor } from '@server/appointments/domainActor'
import { referenceNumbers } from '@server/appointments/referenceNumbers'

/**
 * `appointments.split` (R14): the section divides a submitted request whose
 * items add up to more than half a working day into two appointments, the
 * chosen items moving to the second; both keep the applicant and wait for
 * dispatch, and each one's history names the other. The second's id is
 * derived from the caller and `requestId`, so a double tap splits once and
 * answers the same. Both are written in one transaction.
 * Requests: 1 (staff record) + 1 (appointment) + the transaction (2 reads, 2 writes).
 */
export const splitAction = guarded(['section'], splitInputSchema, async (input, ctx: ActionContext, actor) => {
  const appointments = appointmentRepository(ctx.db)
  const stored = await appointments.get(input.appointmentId)
  if (!stored) return fail('NOT_FOUND')
  const who = domainActor(actor, stored)
  const newId = appointmentIdFor(ctx.caller.openid ?? '', input.requestId)
  const answer = async () => {
    const [first, second] = await Promise.all([appointments.get(input.appointmentId), appointments.get(newId)])
    return first && second ? ok({ appointment: appointmentView(first, who), split: appointmentView(second, who) }) : fail('CONFLICT')
  }
  if (stored.lastRequestId === input.requestId) return answer()
  const now = ctx.now().getTime()
  const check = applyEvent(stored, { type: 'split', version: input.version, itemIds: input.itemIds }, who, now, { newId })
  if (!check.ok) return check
  // Its own reference number (R8), taken once the split is allowed; one the save then loses stays a gap.
  const referenceNo = await referenceNumbers(ctx.db).take(referenceYearOf(now), newId)
  const applied = applyEvent(stored, { type: 'split', version: input.version, itemIds: input.itemIds }, who, now, { newId, newReferenceNo: referenceNo })
  if (!applied.ok) return applied
  const next = { ...applied.data.appointment, ...(stored.capLedgerId ? { capLedgerId: stored.capLedgerId } : {}), lastRequestId: input.requestId }
  // The second takes no place under the cap (R6) and has had no action of its own.
  const { capLedgerId: _ledger, lastRequestId: _request, ...request } = stored
  const created = splitOff(request, input.itemIds, newId, who, now, referenceNo)
  const saved = await appointments.saveSplit(stored, next, created)
  if (!saved.ok) return saved.error.code === 'CONFLICT' && (await appointments.get(newId)) ? answer() : saved
  return ok({ appointment: appointmentView(next, who), split: appointmentView(created, who) })
})
