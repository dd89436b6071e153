import { ok, pageWindow } from '@shared/api'
import { departmentsOf, inboxInputSchema } from '@shared/appointments'
import { MAX_HANDLING_MINUTES } from '@shared/items'
import { workingMinutesBetween } from '@shared/calendar'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { appointmentRepository } from '@server/appointments/appointmentRepository'
import { appointmentView } from '@server/appointments/appointmentView'
import { domainActor } from '@server/appointments/domainActor'
import { departmentDirectory, itemDirectory, lastChangeOf, staffDirectory } from '@server/appointments/cachedDirectory'
import { referenceData } from '@server/referenceData'

/**
 * `inbox.list` (R7, R9, R16, R17): a page of the appointments in the given
 * states, oldest first, with how many there are; each with its items' names, lead department
 * and, for a desk or phone request, the registrar's name. A request still
 * `submitted` after `settings.undispatchedAlertHours` working hours
 * (`workingMinutesBetween`) is flagged `overdue`; one whose items' estimates
 * add up to more than half a working day is flagged `overHalfDay` (R14).
 * Requests (issue 8 budget: 2): 1 (staff record) + 1 (the page and its count); the
 * items and departments come from the instance's copies (`cachedDirectory`),
 * the calendar and settings from `referenceData` (+1 each when stale, 30 s).
 */
export const inboxAction = guarded(['section'], inboxInputSchema, async (input, ctx: ActionContext, actor) => {
  const page = await appointmentRepository(ctx.db).inStatuses([...new Set(input.statuses)], pageWindow(input))
  const appointments = page.items
  const changedAt = lastChangeOf(appointments)
  const itemIds = [...new Set(appointments.flatMap((a) => a.itemIds))]
  const [items, { calendar, settings }] = await Promise.all([itemDirectory(ctx, itemIds, changedAt), referenceData(ctx)])
  const leadIds = [...new Set(appointments.flatMap((a) => departmentsOf(a.itemIds, items).lead ?? []))]
  const registrarIds = [...new Set(appointments.flatMap((a) => a.registeredBy ?? []))]
  const [departments, staff] = await Promise.all([departmentDirectory(ctx, leadIds, changedAt), staffDirectory(ctx, registrarIds, changedAt)])
  const now = ctx.now().getTime()
  const alertMinutes = settings.undispatchedAlertHours * 60
  const entries = appointments.map((appointment) => {
    const { lead } = departmentsOf(appointment.itemIds, items)
    // Who registered a desk or phone request (R7), by name: the inbox never shows an id.
    const registrar = appointment.registeredBy ? staff.get(appointment.registeredBy)?.name : undefined
    const submitted = appointment.status === 'submitted'
    const waitingMinutes = submitted ? workingMinutesBetween(appointment.createdAt, now, calendar) : undefined
    const estimatedMinutes = appointment.itemIds.reduce((sum, id) => sum + (items.get(id)?.estimatedMinutes ?? 0), 0)
    return {
      appointment: appointmentView(appointment, domainActor(actor, appointment)),
      items: appointment.itemIds.map((id) => ({ id, name: items.get(id)?.name ?? id, departmentId: items.get(id)?.departmentId ?? null })),
      leadDepartment: lead ? { id: lead, name: departments.get(lead)?.name ?? lead } : null,
      ...(waitingMinutes !== undefined ? { waitingWorkingMinutes: waitingMinutes } : {}),
      overdue: waitingMinutes !== undefined && waitingMinutes > alertMinutes,
      ...(registrar ? { registrar } : {}),
      ...(submitted ? { estimatedMinutes, overHalfDay: estimatedMinutes > MAX_HANDLING_MINUTES } : {}),
    }
  })
  return ok({ ...page, items: entries, now })
})
