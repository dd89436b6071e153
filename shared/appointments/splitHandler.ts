import { fail, ok } from '../api'
import type { Appointment } from './appointment'
import type { Actor } from './actor'
import type { Handler } from './handler'

/**
 * R14: the section divides a submitted request whose items add up to more
 * than half a working day into two appointments. `itemIds` move to a new
 * one; this one keeps the rest. Both keep the applicant; the new one is made
 * by `splitOff` with the id the caller derived (`context.newId`), and each
 * names the other (`splitInto`, `splitFrom`).
 */
export const splitHandler: Handler<'split'> = ({ appointment, payload, context }) => {
  const moving = new Set(payload.itemIds)
  if (!payload.itemIds.every((id) => appointment.itemIds.includes(id))) {
    return fail('INVALID_INPUT', '所选事项不在此预约中', { itemIds: '所选事项不在此预约中' })
  }
  const kept = appointment.itemIds.filter((id) => !moving.has(id))
  if (kept.length === 0) {
    const message = '请至少留下一个事项在原预约中'
    return fail('INVALID_INPUT', message, { itemIds: message })
  }
  const next = { ...appointment, itemIds: kept, splitInto: [...(appointment.splitInto ?? []), context.newId] }
  const to = context.newReferenceNo ? `预约编号${context.newReferenceNo}` : '另一预约'
  return ok({ appointment: next, effects: [], note: `拆分为两次预约，${payload.itemIds.length}个事项移至${to}` })
}

/**
 * The second appointment of a split (R14): the moved items, the applicant,
 * the date and wishes of the request, submitted anew for dispatch with its
 * history beginning "split from" the first. It keeps the request's time of
 * submission, so it waits in the inbox in the request's place (R9). It
 * takes no place of its own under the per-applicant cap (R6): it is the same
 * request, divided by the section. It has its own reference number (R8).
 */
export function splitOff(original: Appointment, itemIds: readonly string[], newId: string, actor: Actor, now: number, referenceNo?: string): Appointment {
  const { id: _id, version: _version, timeline: _timeline, splitInto: _into, deviations: _deviations, referenceNo: _reference, ...request } = original
  const from = original.referenceNo ? `由预约编号${original.referenceNo}拆分而来` : '由另一预约拆分而来'
  return {
    ...request,
    ...(referenceNo ? { referenceNo } : {}),
    id: newId,
    requestId: `${original.requestId}-split`,
    itemIds: [...itemIds],
    status: 'submitted',
    version: 1,
    splitFrom: original.id,
    timeline: [{ at: now, by: actor.id, byRole: 'section', event: 'split', status: 'submitted', note: `${from}（超过半个工作日）` }],
  }
}
