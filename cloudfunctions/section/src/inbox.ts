import * as v from 'valibot'
import { fieldsObject, ok } from '@shared/api'
import { APPOINTMENT_STATUSES, departmentsOf } from '@shared/appointments'
import { workingMinutesBetween } from '@shared/calendar'
import type { ActionContext } from '../../../server/context'
import { collection } from '../../../server/db'
import { guarded } from '../../../server/guard'
import type { StoredAppointment } from '../../../server/appointments/appointmentRepository'
import { appointmentView } from '../../../server/appointments/appointmentView'
import { domainActor } from '../../../server/appointments/domainActor'
import { departmentDirectory, itemDirectory, lastChangeOf } from '../../../server/appointments/cachedDirectory'
import { referenceData } from '../../../server/appointments/referenceData'

/** What the section must act on: requests to dispatch (R9), changes to decide (R16), force majeure reports (R17). */
const DEFAULT_STATUSES = ['submitted', 'change_pending', 'force_majeure'] as const

const MAX_LIMIT = 200

const inboxInputSchema = fieldsObject({
  statuses: v.optional(
    v.pipe(v.array(v.picklist(APPOINTMENT_STATUSES, '状态不正确'), '状态格式不正确'), v.minLength(1, '请至少选择一个状态'), v.maxLength(APPOINTMENT_STATUSES.length)),
    [...DEFAULT_STATUSES],
  ),
  limit: v.optional(v.pipe(v.number('数量必须是数字'), v.integer('数量必须是整数'), v.minValue(1, '数量至少为1'), v.maxValue(MAX_LIMIT, `数量不能超过${MAX_LIMIT}`)), 100),
})

/**
 * `inbox.list` (R9, R16, R17): appointments in the given states, oldest
 * first, each with its items' names and lead department. A request still
 * `submitted` after `settings.undispatchedAlertHours` working hours
 * (`workingMinutesBetween`) is flagged `overdue`.
 * Requests (issue 8 budget: 2): 1 (staff record) + 1 (appointments); the
 * items and departments come from the instance's copies (`cachedDirectory`),
 * the calendar and settings from `referenceData` (+1 each when stale, 30 s).
 */
export const inboxAction = guarded(['section'], inboxInputSchema, async (input, ctx: ActionContext, actor) => {
  const appointments = await collection<StoredAppointment>(ctx.db, 'appointments').find(
    { status: ctx.db.command.in([...new Set(input.statuses)]) },
    { orderBy: [['createdAt', 'asc']], limit: input.limit },
  )
  const changedAt = lastChangeOf(appointments)
  const itemIds = [...new Set(appointments.flatMap((a) => a.itemIds))]
  const [items, { calendar, settings }] = await Promise.all([itemDirectory(ctx, itemIds, changedAt), referenceData(ctx)])
  const leadIds = [...new Set(appointments.flatMap((a) => departmentsOf(a.itemIds, items).lead ?? []))]
  const departments = await departmentDirectory(ctx, leadIds, changedAt)
  const now = ctx.now().getTime()
  const alertMinutes = settings.undispatchedAlertHours * 60
  const entries = appointments.map((appointment) => {
    const { lead } = departmentsOf(appointment.itemIds, items)
    const waitingMinutes = appointment.status === 'submitted' ? workingMinutesBetween(appointment.createdAt, now, calendar) : undefined
    return {
      appointment: appointmentView(appointment, domainActor(actor, appointment)),
      items: appointment.itemIds.map((id) => ({ id, name: items.get(id)?.name ?? id, departmentId: items.get(id)?.departmentId ?? null })),
      leadDepartment: lead ? { id: lead, name: departments.get(lead)?.name ?? lead } : null,
      ...(waitingMinutes !== undefined ? { waitingWorkingMinutes: waitingMinutes } : {}),
      overdue: waitingMinutes !== undefined && waitingMinutes > alertMinutes,
    }
  })
  return ok({ entries, now })
})
