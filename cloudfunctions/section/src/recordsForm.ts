import { fail, fieldsObject, ok } from '@shared/api'
import { idSchema } from '@shared/ids'
import type { ActionContext } from '../../../server/context'
import { guarded } from '../../../server/guard'
import { appointmentRepository } from '../../../server/appointments/appointmentRepository'
import { appointmentView } from '../../../server/appointments/appointmentView'
import { domainActor } from '../../../server/appointments/domainActor'
import { windowRepository } from '../../../server/repositories/org'
import { staffRepository } from '../../../server/repositories/staff'
import { itemsById } from './itemsById'
import { registrationFormHtml } from './registrationFormHtml'

/**
 * `records.form` (登记表, R8, R19): the printable registration form of one
 * appointment, for filing. The section prints any; the staff and leaders of
 * its lead and assisting windows print their window's; other staff are told
 * `NOT_FOUND` (ids reveal nothing); citizens, the desk and admins `FORBIDDEN`.
 * The phone is whole for the section, the lead window's leader and the
 * assigned staff, masked for the rest (`canSeePhone`).
 * Requests: 1 (staff record) + 1 (appointment) + 3 (items, windows, staff names, in parallel).
 */
export const recordsFormAction = guarded(['section', 'leader', 'staff'], fieldsObject({ appointmentId: idSchema('预约编号') }), async (input, ctx: ActionContext, actor) => {
  const stored = await appointmentRepository(ctx.db).get(input.appointmentId)
  if (!stored) return fail('NOT_FOUND')
  const who = domainActor(actor, stored)
  const windowIds = [...(stored.leadWindowId ? [stored.leadWindowId] : []), ...stored.assistingWindowIds]
  const ofItsWindows = who.windowId !== undefined && windowIds.includes(who.windowId)
  if (!who.roles.includes('section') && !ofItsWindows) return fail('NOT_FOUND')

  const staffIds = [
    stored.registeredBy,
    stored.assignedStaffId,
    stored.contact?.by,
    stored.change?.proposedBy,
    stored.change?.decidedBy,
    ...stored.parts.map((p) => p.staffId),
    ...stored.timeline.map((t) => t.by),
  ].filter((id): id is string => id !== undefined)
  const _ = ctx.db.command
  const [items, windows, staff] = await Promise.all([
    itemsById(ctx, stored.itemIds),
    windowIds.length ? windowRepository(ctx.db).find({ _id: _.in(windowIds) }) : Promise.resolve([]),
    staffRepository(ctx.db).find({ _id: _.in([...new Set(staffIds)]) }),
  ])
  const html = registrationFormHtml(
    appointmentView(stored, who),
    {
      items: new Map([...items.values()].map((i) => [i.id, i.name])),
      windows: new Map(windows.map((w) => [w.id, `${w.number}号窗口 ${w.name}`])),
      staff: new Map(staff.map((s) => [s.id, s.name])),
    },
    ctx.now().getTime(),
  )
  return ok({ html })
})
