import { fail, ok } from '@shared/api'
import { appointmentIdSchema, type CounterEntryAnswer } from '@shared/appointments'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { appointmentRepository } from '@server/appointments/appointmentRepository'
import { appointmentView } from '@server/appointments/appointmentView'
import { domainActor } from '@server/appointments/domainActor'
import { itemDirectory, lastChangeOf, staffDirectory } from '@server/appointments/cachedDirectory'
import { referenceData } from '@server/referenceData'
import { AGREED, WAITING, queueSuggestions } from './queueSuggestions'
import { COUNTER_ROLES } from './windowEvent'

/**
 * `queue.entry`: one appointment of the caller's window as the window works
 * on it: the record, its items with their materials to tell in full (R11),
 * the assigned staff's name, and, while it waits for a time, the suggested
 * times (R12) weighed against the whole day of the window, not one page of
 * the queue; with the service hours (R4) and the server's clock. Staff of
 * another window get `NOT_FOUND`, as for an unknown id. Requests (warm): 2
 * (staff record, the appointment), 3 while it waits for a time (the day).
 */
export const queueEntryAction = guarded(COUNTER_ROLES, appointmentIdSchema, async (input, ctx: ActionContext, actor) => {
  const windowId = actor.staff?.windowId
  if (!windowId) return fail('FORBIDDEN', '您未分配到窗口')
  const repository = appointmentRepository(ctx.db)
  const stored = await repository.get(input.appointmentId)
  if (!stored) return fail('NOT_FOUND')
  const who = domainActor(actor, stored)
  if (stored.leadWindowId !== windowId && !stored.assistingWindowIds.includes(windowId)) return fail('NOT_FOUND')
  const waits = WAITING.includes(stored.status) && stored.leadWindowId === windowId
  // R12: the day read whole, so the suggestion for the 21st request of a day weighs the first 20 too.
  const day = waits ? await repository.ofWindow(windowId, [...WAITING, ...AGREED], stored.date) : [stored]
  const itemIds = [...new Set(day.flatMap((a) => a.itemIds))]
  const changedAt = lastChangeOf([stored])
  const [itemById, staffById, { settings }] = await Promise.all([
    itemDirectory(ctx, itemIds, changedAt),
    staffDirectory(ctx, stored.assignedStaffId ? [stored.assignedStaffId] : [], changedAt),
    referenceData(ctx),
  ])
  const now = ctx.now().getTime()
  const times = waits
    ? queueSuggestions({
        windowId,
        appointments: day.some((a) => a.id === stored.id) ? day : [...day, stored],
        estimatedMinutes: new Map(itemIds.map((id) => [id, itemById.get(id)?.estimatedMinutes ?? 0])),
        serviceHours: settings.walkInHours,
        now,
      }).get(stored.id)
    : undefined
  const assigned = stored.assignedStaffId ? staffById.get(stored.assignedStaffId) : undefined
  const entry: CounterEntryAnswer['entry'] = {
    ...appointmentView(stored, who),
    items: stored.itemIds.map((id) => ({ id, name: itemById.get(id)?.name ?? '（事项已删除）' })),
    itemsToTell: stored.itemIds.flatMap((id) => {
      const item = itemById.get(id)
      return item ? [{ id, name: item.name, materials: item.materials, notes: item.notes }] : []
    }),
    ...(assigned ? { assignedStaff: { id: assigned.id, name: assigned.name } } : {}),
    ...(times ? { suggestedTimes: times } : {}),
  }
  return ok({ entry, serviceHours: [...settings.walkInHours], now })
})
