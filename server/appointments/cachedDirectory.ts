import type { Appointment } from '@shared/appointments'
import type { Item } from '@shared/items'
import type { Department, ServiceWindow, Staff } from '@shared/org'
import type { Database } from '../cloud'
import type { ActionContext } from '../context'
import { itemRepository } from '../repositories/items'
import { departmentRepository, windowRepository } from '../repositories/org'
import { staffRepository } from '../repositories/staff'
import { REFERENCE_TTL_MS } from '../referenceData'

/** Records by id, as a read needs them. */
export type Directory<T> = (ctx: ActionContext, ids: readonly string[], changedAt: number) => Promise<ReadonlyMap<string, T>>

/**
 * A small collection the appointment reads only look names up in (items,
 * departments, windows, staff), kept whole per instance like the calendar
 * and settings (`referenceData`, same 30 s): issue 8's budget of 2 requests
 * per read leaves one after the caller's staff record. One request when
 * read, none while fresh. A copy loaded before `changedAt` (the newest change
 * of the records that name the ids) is read again when one of the ids is
 * missing, so a staff member or item added since then is found at once; an
 * id that is not there after that (a citizen's OPENID in a timeline) is not
 * looked for again while the copy is fresh.
 */
export function cachedDirectory<T extends { id: string }>(load: (db: Database) => Promise<T[]>): Directory<T> {
  let cached: { byId: Map<string, T>; loadedAt: number } | null = null
  return async (ctx, ids, changedAt) => {
    const now = ctx.now().getTime()
    const fresh = cached !== null && now >= cached.loadedAt && now - cached.loadedAt < REFERENCE_TTL_MS
    const missing = cached === null || ids.some((id) => !cached?.byId.has(id))
    if (!fresh || (missing && changedAt >= (cached?.loadedAt ?? 0))) {
      // Empty when nothing needs a name: no request at all.
      if (ids.length === 0 && !fresh) return new Map()
      const records = await load(ctx.db)
      cached = { byId: new Map(records.map((r) => [r.id, r])), loadedAt: now }
    }
    return (cached as { byId: Map<string, T> }).byId
  }
}

/** When the newest of these appointments last changed (its last timeline entry): the `changedAt` of a directory lookup for them. */
export function lastChangeOf(appointments: readonly Pick<Appointment, 'timeline' | 'createdAt'>[]): number {
  let newest = 0
  for (const a of appointments) newest = Math.max(newest, a.timeline[a.timeline.length - 1]?.at ?? a.createdAt)
  return newest
}

/** Every item (清单, R1), archived ones too: they stay on old records. At most one page of 1000. */
export const itemDirectory = cachedDirectory<Item>((db) => itemRepository(db).find({}))

/** Every department. */
export const departmentDirectory = cachedDirectory<Department>((db) => departmentRepository(db).find({}))

/** Every window. */
export const windowDirectory = cachedDirectory<ServiceWindow>((db) => windowRepository(db).find({}))

/** Every staff record, inactive ones too (their names stay on old records). */
export const staffDirectory = cachedDirectory<Staff>((db) => staffRepository(db).find({}))
