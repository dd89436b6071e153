import { ok, pageWindow } from '@shared/api'
import { APPOINTMENT_STATUSES, listedHolidays, sectionListInputSchema, sectionListRange } from '@shared/appointments'
import { civilDateOf } from '@shared/time'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { appointmentRepository } from '@server/appointments/appointmentRepository'
import { appointmentView } from '@server/appointments/appointmentView'
import { domainActor } from '@server/appointments/domainActor'
import { itemDirectory, lastChangeOf, staffDirectory, windowDirectory } from '@server/appointments/cachedDirectory'
import { referenceData } from '@server/referenceData'
import { windowName } from './windowName'

/**
 * `appointments.list` (R8, R9): every appointment, whatever its state, for
 * the section, newest holiday date first, filtered by holiday, date, states,
 * lead window and channel (R7), a page at a time with the total, and the
 * holidays it may be filtered by. Unlike the inbox, a dispatched or finished
 * appointment stays here, so the section can open any record.
 * Requests: 1 (staff record) + 1 (the page and its count); the calendar,
 * items, windows and staff names from the instance's copies (+1 each when stale).
 */
export const listAction = guarded(['section'], sectionListInputSchema, async (input, ctx: ActionContext, actor) => {
  const { calendar } = await referenceData(ctx)
  const range = sectionListRange(input, calendar.periods)
  if (!range.ok) return range
  const statuses = input.statuses ? [...new Set(input.statuses)] : APPOINTMENT_STATUSES
  const page = await appointmentRepository(ctx.db).forSection(
    { statuses, windowId: input.windowId, channel: input.channel, ...range.data },
    pageWindow(input),
  )
  const appointments = page.items
  const changedAt = lastChangeOf(appointments)
  const [items, windows, staff] = await Promise.all([
    itemDirectory(ctx, [...new Set(appointments.flatMap((a) => a.itemIds))], changedAt),
    windowDirectory(ctx, [...new Set(appointments.flatMap((a) => a.leadWindowId ?? []))], changedAt),
    staffDirectory(ctx, [...new Set(appointments.flatMap((a) => a.registeredBy ?? []))], changedAt),
  ])
  const entries = appointments.map((appointment) => {
    const lead = appointment.leadWindowId ? windows.get(appointment.leadWindowId) : undefined
    const registrar = appointment.registeredBy ? staff.get(appointment.registeredBy)?.name : undefined
    return {
      appointment: appointmentView(appointment, domainActor(actor, appointment)),
      items: appointment.itemIds.map((id) => ({ id, name: items.get(id)?.name ?? '（已删除的事项）' })),
      leadWindow: lead ? windowName(lead) : null,
      ...(registrar ? { registrar } : {}),
    }
  })
  return ok({ ...page, items: entries, holidays: listedHolidays(calendar.periods, civilDateOf(ctx.now().getTime())) })
})
