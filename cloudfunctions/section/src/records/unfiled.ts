import { ok, pageWindow } from '@shared/api'
import { filingOverdue, servedAt, unfiledInputSchema } from '@shared/appointments'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { appointmentRepository } from '@server/appointments/appointmentRepository'
import { appointmentView } from '@server/appointments/appointmentView'
import { domainActor } from '@server/appointments/domainActor'
import { itemDirectory, lastChangeOf } from '@server/appointments/cachedDirectory'
import { referenceData } from '@server/referenceData'

/**
 * `records.unfiled` (R19): a page of the served records (completed,
 * acknowledged, abandoned) the section has not filed yet, oldest first,
 * each with its items' names and whether it is past the `filingDueDays`
 * setting since service. Requests: 1 (staff record) + 1 (the page); items
 * from the instance's copy.
 */
export const unfiledAction = guarded(['section'], unfiledInputSchema, async (input, ctx: ActionContext, actor) => {
  const page = await appointmentRepository(ctx.db).unfiled(pageWindow(input))
  const changedAt = lastChangeOf(page.items)
  const itemIds = [...new Set(page.items.flatMap((a) => a.itemIds))]
  const [items, { settings }] = await Promise.all([itemDirectory(ctx, itemIds, changedAt), referenceData(ctx)])
  const now = ctx.now().getTime()
  const entries = page.items.map((appointment) => {
    return {
      appointment: appointmentView(appointment, domainActor(actor, appointment)),
      items: appointment.itemIds.map((id) => ({ id, name: items.get(id)?.name ?? id })),
      servedAt: servedAt(appointment),
      overdue: filingOverdue(appointment, settings.filingDueDays, now),
    }
  })
  return ok({ ...page, items: entries, filingDueDays: settings.filingDueDays })
})
