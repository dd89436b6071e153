import { fail } from '@shared/api'
import { dispatchInputSchema, TRANSITIONS } from '@shared/appointments'
import type { ActionContext } from '../../../server/context'
import { guarded } from '../../../server/guard'
import { windowRepository } from '../../../server/repositories/org'
import { departmentsOf } from './departmentsOf'
import { itemsById } from './itemsById'
import { runCheckedEvent } from './runCheckedEvent'

const DISPATCHABLE = TRANSITIONS.find((row) => row.event === 'dispatch')?.from.filter((s) => s !== null) ?? []

const wrongWindow = (field: string, message: string) => fail('INVALID_INPUT', message, { [field]: message })

/**
 * `appointments.dispatch` (派单, R9, R13): the section sends a submitted
 * request to the lead window (主办), which must belong to the lead
 * department of the items, and to any assisting windows (配合), each of an
 * assisting department. The windows learn of it by subscription message
 * (queued in the outbox). Two section members dispatching at once: one wins,
 * the other gets `CONFLICT`.
 * Requests: 1 (staff record) + 1 (appointment) + 2 (items, windows, in parallel) + 1 (save) + 1 per window's message.
 */
export const dispatchAction = guarded(['section'], dispatchInputSchema, (input, ctx: ActionContext, actor) => {
  const check = async (appointment: { itemIds: string[] }) => {
    const windowIds = [input.leadWindowId, ...input.assistingWindowIds]
    const [items, windows] = await Promise.all([
      itemsById(ctx, appointment.itemIds),
      windowRepository(ctx.db).find({ _id: ctx.db.command.in(windowIds) }),
    ])
    const departmentOf = new Map(windows.map((w) => [w.id, w.departmentId]))
    const { lead, assisting } = departmentsOf(appointment.itemIds, items)
    if (!departmentOf.has(input.leadWindowId)) return wrongWindow('leadWindowId', '主办窗口不存在')
    if (departmentOf.get(input.leadWindowId) !== lead) return wrongWindow('leadWindowId', '主办窗口须为事项主办部门的窗口')
    for (const [i, id] of input.assistingWindowIds.entries()) {
      const field = `assistingWindowIds.${i}`
      if (!departmentOf.has(id)) return wrongWindow(field, '配合窗口不存在')
      if (!assisting.includes(departmentOf.get(id) as string)) return wrongWindow(field, '配合窗口须为事项配合部门的窗口')
    }
    return null
  }
  const event = { type: 'dispatch' as const, leadWindowId: input.leadWindowId, assistingWindowIds: input.assistingWindowIds }
  return runCheckedEvent(ctx, input, event, {}, actor, check, DISPATCHABLE)
})
