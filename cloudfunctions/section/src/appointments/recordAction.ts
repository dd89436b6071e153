import { fail, ok } from '@shared/api'
import { appointmentIdSchema, departmentsOf, staffIdsOf, type WindowStaffMember } from '@shared/appointments'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { appointmentRepository, type StoredAppointment } from '@server/appointments/appointmentRepository'
import { staffRepository } from '@server/repositories/staff'
import { appointmentView } from '@server/appointments/appointmentView'
import { domainActor } from '@server/appointments/domainActor'
import { departmentDirectory, itemDirectory, lastChangeOf, staffDirectory, windowDirectory } from '@server/appointments/cachedDirectory'
import { windowName } from './windowName'

/**
 * `appointments.record` (R8, R9, R13): one appointment's whole story for the
 * section, opened from its list: the record, its items and lead department
 * (for a re-dispatch's windows), and the names of every window and staff
 * member its steps, parts and re-dispatches mention, so the page shows
 * names, never ids. After force majeure (R17) it also lists the lead
 * window's active staff (`leadWindowStaff`) for the reschedule. An id that
 * does not exist is `NOT_FOUND`.
 * Requests: 1 (staff record) + 1 (appointment) + 1 after force majeure; names from the instance's copies.
 */
export const recordAction = guarded(['section'], appointmentIdSchema, async (input, ctx: ActionContext, actor) => {
  const stored = await appointmentRepository(ctx.db).get(input.appointmentId)
  if (!stored) return fail('NOT_FOUND')
  const windowIds = [
    ...(stored.leadWindowId ? [stored.leadWindowId] : []),
    ...stored.assistingWindowIds,
    ...(stored.redispatches ?? []).flatMap((r) => [r.fromWindowId, r.toWindowId]),
    ...(stored.reschedules ?? []).flatMap((r) => [r.from.windowId, r.to.windowId]).filter((id): id is string => id !== undefined),
  ]
  const staffIds = staffIdsOf(stored)
  const changedAt = lastChangeOf([stored])
  const [items, windows, staff, leadWindowStaff] = await Promise.all([
    itemDirectory(ctx, stored.itemIds, changedAt),
    windowDirectory(ctx, windowIds, changedAt),
    staffDirectory(ctx, staffIds, changedAt),
    rescheduleStaff(ctx, stored),
  ])
  const { lead } = departmentsOf(stored.itemIds, items)
  const departments = await departmentDirectory(ctx, lead ? [lead] : [], changedAt)
  const names = <T>(ids: readonly string[], directory: ReadonlyMap<string, T>, name: (record: T) => string) =>
    Object.fromEntries(ids.flatMap((id) => (directory.has(id) ? [[id, name(directory.get(id) as T)]] : [])))
  return ok({
    appointment: appointmentView(stored, domainActor(actor, stored)),
    items: stored.itemIds.map((id) => ({ id, name: items.get(id)?.name ?? '（已删除的事项）', departmentId: items.get(id)?.departmentId ?? null })),
    leadDepartment: lead ? { id: lead, name: departments.get(lead)?.name ?? '（已删除的部门）' } : null,
    windowNames: names([...new Set(windowIds)], windows, windowName),
    staffNames: names(staffIds, staff, (s) => s.name),
    ...(leadWindowStaff ? { leadWindowStaff } : {}),
  })
})

/** R17: after force majeure, the lead window's active staff, for the section to name who serves instead; else nothing read. */
async function rescheduleStaff(ctx: ActionContext, stored: StoredAppointment): Promise<WindowStaffMember[] | undefined> {
  if (stored.status !== 'force_majeure' || !stored.leadWindowId) return undefined
  const found = await staffRepository(ctx.db).find({ active: true, windowId: stored.leadWindowId }, { limit: 200 })
  return found
    .filter((s) => s.roles.includes('staff') || s.roles.includes('leader'))
    .map((s) => ({ id: s.id, name: s.name, leader: s.roles.includes('leader') }))
    .sort((a, b) => Number(b.leader) - Number(a.leader) || a.id.localeCompare(b.id))
}
