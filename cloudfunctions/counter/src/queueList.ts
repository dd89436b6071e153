import { fail, ok, pageWindow, slicePage } from '@shared/api'
import { queueInputSchema, type AppointmentStatus, type QueueEntry } from '@shared/appointments'
import type { Item } from '@shared/items'
import type { Staff } from '@shared/org'
import type { ActionContext } from '@server/context'
import type { Actor } from '@server/auth'
import { guarded } from '@server/guard'
import { appointmentRepository, type StoredAppointment } from '@server/appointments/appointmentRepository'
import { appointmentView } from '@server/appointments/appointmentView'
import { domainActor } from '@server/appointments/domainActor'
import { itemDirectory, lastChangeOf, staffDirectory } from '@server/appointments/cachedDirectory'
import { referenceData } from '@server/referenceData'
import { queueSuggestions } from './queueSuggestions'
import { COUNTER_ROLES } from './windowEvent'

/** What the window works on unless the caller asks for other statuses. */
const OPEN: readonly AppointmentStatus[] = ['dispatched', 'assigned', 'confirmed', 'change_pending', 'in_service']
/** Finished work (已办): listed newest first, the rest by date and time. */
const FINISHED: readonly AppointmentStatus[] = ['completed', 'acknowledged', 'abandoned', 'force_majeure', 'cancelled']
/** Read besides the statuses asked for, so that suggestions see the day's agreed times (R12). */
const AGREED: readonly AppointmentStatus[] = ['confirmed', 'change_pending', 'in_service']

/**
 * `queue.list`: the appointments of the caller's window, lead (主办) or
 * assisting (配合, R13), in the given statuses (default: those still open),
 * optionally of one date, a page at a time with how many there are. Each
 * carries its items' names and the assigned staff; the phone is whole only
 * for those who call the applicant (`canSeePhone`). Requests (issue 8
 * budget: 2): 1 staff record + 1 query; items and staff names from the
 * instance's copies (`cachedDirectory`), settings from `referenceData` (+1
 * each when stale, 30 s).
 *
 * Finished work (已办) grows with every holiday, so it is paged by the
 * database, the latest date first (`finishedOfWindow`); open work is read
 * whole, since the suggestions (R12) weigh the day's agreed times, and
 * ordered by date and time.
 */
export const queueListAction = guarded(COUNTER_ROLES, queueInputSchema, async (input, ctx: ActionContext, actor) => {
  const windowId = actor.staff?.windowId
  if (!windowId) return fail('FORBIDDEN', '您未分配到窗口')
  const shown = input.statuses ?? OPEN
  const appointments = appointmentRepository(ctx.db)
  if (shown.every((s) => FINISHED.includes(s))) {
    const page = await appointments.finishedOfWindow(windowId, shown, input.date, pageWindow(input))
    const { itemById, staffById } = await namesOf(ctx, page.items)
    return ok({ windowId, ...page, items: page.items.map((a) => entryOf(a, actor, itemById, staffById)) })
  }
  const wantsSuggestions = shown.includes('dispatched') || shown.includes('assigned')
  const statuses = [...new Set([...shown, ...(wantsSuggestions ? AGREED : [])])]
  const found = await appointments.ofWindow(windowId, statuses, input.date)
  const [{ itemById, staffById }, { settings }] = await Promise.all([namesOf(ctx, found), referenceData(ctx)])
  const suggested = wantsSuggestions
    ? queueSuggestions({
        windowId,
        appointments: found,
        estimatedMinutes: new Map(found.flatMap((a) => a.itemIds).map((id) => [id, itemById.get(id)?.estimatedMinutes ?? 0])),
        serviceHours: settings.holidayHours,
        now: ctx.now().getTime(),
      })
    : new Map<string, string[]>()
  const entries = found
    .filter((a) => shown.includes(a.status))
    .sort(byDayAndTime)
    .map((a) => entryOf(a, actor, itemById, staffById, suggested.get(a.id)))
  return ok({ windowId, ...slicePage(entries, input) })
})

interface Directories {
  itemById: ReadonlyMap<string, Item>
  staffById: ReadonlyMap<string, Staff>
}

/** The items and assigned staff the appointments name, from the instance's copies. */
async function namesOf(ctx: ActionContext, found: readonly StoredAppointment[]): Promise<Directories> {
  const itemIds = [...new Set(found.flatMap((a) => a.itemIds))]
  const staffIds = [...new Set(found.flatMap((a) => (a.assignedStaffId ? [a.assignedStaffId] : [])))]
  const changedAt = lastChangeOf(found)
  const [itemById, staffById] = await Promise.all([itemDirectory(ctx, itemIds, changedAt), staffDirectory(ctx, staffIds, changedAt)])
  return { itemById, staffById }
}

function entryOf(a: StoredAppointment, actor: Actor, itemById: Directories['itemById'], staffById: Directories['staffById'], times?: string[]): QueueEntry {
  const assigned = a.assignedStaffId ? staffById.get(a.assignedStaffId) : undefined
  return {
    ...appointmentView(a, domainActor(actor, a)),
    items: a.itemIds.map((id) => ({ id, name: itemById.get(id)?.name ?? '（事项已删除）' })),
    ...(assigned ? { assignedStaff: { id: assigned.id, name: assigned.name } } : {}),
    ...(times ? { suggestedTimes: times } : {}),
  }
}

const timeOf = (a: StoredAppointment) => a.agreedTime ?? a.preferredTime ?? (a.halfDay === 'pm' ? '12:00' : '00:00')

function byDayAndTime(a: StoredAppointment, b: StoredAppointment): number {
  return a.date.localeCompare(b.date) || timeOf(a).localeCompare(timeOf(b)) || a.createdAt - b.createdAt
}
