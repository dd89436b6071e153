import { fail, ok, type ApiResult } from '@shared/api'
import { appointmentIdSchema, staffIdsOf, type AppointmentView } from '@shared/appointments'
import { chineseDate } from '@shared/time'
import type { Actor } from '@server/auth'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { appointmentRepository } from '@server/appointments/appointmentRepository'
import { appointmentView } from '@server/appointments/appointmentView'
import { domainActor } from '@server/appointments/domainActor'
import { itemDirectory, lastChangeOf, staffDirectory, windowDirectory } from '@server/appointments/cachedDirectory'
import { storeDocument } from '@server/documents/storeDocument'
import type { FormNames } from './registrationFormContent'
import { registrationFormDocx } from './registrationFormDocx'
import { registrationFormHtml } from './registrationFormHtml'

/**
 * `records.form` (登记表, R8, R19): the printable registration form of one
 * appointment, for filing. The section prints any; the staff and leaders of
 * its lead and assisting windows print their window's; other staff are told
 * `NOT_FOUND` (ids reveal nothing); citizens, the desk and admins `FORBIDDEN`.
 * The phone is whole for the section, the lead window's leader and the
 * assigned staff, masked for the rest (`canSeePhone`).
 * Requests (issue 8 budget: 2): 1 (staff record) + 1 (appointment); items,
 * windows and staff names from the instance's copies (`cachedDirectory`,
 * +1 each when stale, 30 s).
 */
export const recordsFormAction = guarded(['section', 'leader', 'staff'], appointmentIdSchema, async (input, ctx: ActionContext, actor) => {
  const form = await loadForm(input.appointmentId, ctx, actor)
  if (!form.ok) return form
  return ok({ html: registrationFormHtml(form.data.appointment, form.data.names, ctx.now().getTime()) })
})

/**
 * `records.formDocument` (R8, R19): the same form as a `.docx` in cloud storage, for the
 * mini-program to open (`openDocument`) and print or send on; answered with a temporary URL
 * issued to this caller (`storeDocument`). The same callers as `records.form`.
 */
export const recordsFormDocumentAction = guarded(['section', 'leader', 'staff'], appointmentIdSchema, async (input, ctx: ActionContext, actor) => {
  const form = await loadForm(input.appointmentId, ctx, actor)
  if (!form.ok) return form
  const { appointment, names } = form.data
  const content = await registrationFormDocx(appointment, names, ctx.now().getTime())
  const answer = await storeDocument(ctx, {
    kind: 'form',
    fileName: `预约服务登记表_${appointment.referenceNo ?? chineseDate(appointment.date)}.docx`,
    fileType: 'docx',
    content,
    by: actor.staff?.id ?? '',
  })
  return ok(answer)
})

/** The appointment as this caller may see it, with the names its form shows; `NOT_FOUND` for a window not its own. */
async function loadForm(appointmentId: string, ctx: ActionContext, actor: Actor): Promise<ApiResult<{ appointment: AppointmentView; names: FormNames }>> {
  const stored = await appointmentRepository(ctx.db).get(appointmentId)
  if (!stored) return fail('NOT_FOUND')
  const who = domainActor(actor, stored)
  const windowIds = [...(stored.leadWindowId ? [stored.leadWindowId] : []), ...stored.assistingWindowIds]
  const ofItsWindows = who.windowId !== undefined && windowIds.includes(who.windowId)
  if (!who.roles.includes('section') && !ofItsWindows) return fail('NOT_FOUND')

  const staffIds = staffIdsOf(stored)
  // R17: the windows a reschedule after force majeure moved it from and to, for their names.
  const namedWindowIds = [...new Set([...windowIds, ...(stored.reschedules ?? []).flatMap((r) => [r.from.windowId, r.to.windowId]).filter((id): id is string => id !== undefined)])]
  const changedAt = lastChangeOf([stored])
  const [items, windows, staff] = await Promise.all([
    itemDirectory(ctx, stored.itemIds, changedAt),
    windowDirectory(ctx, namedWindowIds, changedAt),
    staffDirectory(ctx, staffIds, changedAt),
  ])
  return ok({
    appointment: appointmentView(stored, who),
    names: {
      items: namesOf(stored.itemIds, items, (i) => i.name),
      materials: namesOf(stored.itemIds, items, (i) => i.materials),
      windows: namesOf(namedWindowIds, windows, (w) => `${w.number}号窗口 ${w.name}`),
      staff: namesOf(staffIds, staff, (s) => s.name),
    },
  })
}

/** The names of just these records (the form shows only its own; the directory holds every one). */
function namesOf<T, N>(ids: readonly string[], directory: ReadonlyMap<string, T>, name: (record: T) => N): Map<string, N> {
  return new Map(ids.flatMap((id) => {
    const record = directory.get(id)
    return record ? [[id, name(record)] as const] : []
  }))
}
