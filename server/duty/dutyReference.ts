import type { Item } from '@shared/items'
import type { ServiceWindow, Staff } from '@shared/org'
import type { ActionContext } from '../context'
import { collection } from '../db'
import { windowRepository } from '../repositories/org'

/** What the duty and leave screens need of the organisation: windows, who works where, which windows serve walk-in items. */
export interface DutyReference {
  windows: ServiceWindow[]
  /** Windows whose department has an active item open to weekend walk-in (R1, R2): those a roster must staff. */
  walkInWindowIds: string[]
  /** The active items open to weekend walk-in (R2): what a window on duty serves, by its department. */
  walkInItems: Pick<Item, 'id' | 'name' | 'departmentId' | 'modes' | 'active'>[]
  /** Active staff of the windows, names and roles only (no OPENIDs). */
  staff: Pick<Staff, 'id' | 'name' | 'roles' | 'windowId'>[]
}

/**
 * Like `referenceData`: these change a few times a year, and reading them on
 * every roster would cost 3 of a read action's budget of 2 (docs/numbers.md).
 * A warm instance reuses its copy for 30 s of the function's clock; the
 * writes (`duty.schedule`, `leave.request`) check the staff record itself.
 */
const TTL_MS = 30_000
let cached: { data: DutyReference; loadedAt: number } | null = null

export async function dutyReference(ctx: ActionContext): Promise<DutyReference> {
  const now = ctx.now().getTime()
  if (cached && now >= cached.loadedAt && now - cached.loadedAt < TTL_MS) return cached.data
  const _ = ctx.db.command
  const [windows, items, staff] = await Promise.all([
    windowRepository(ctx.db).find({}),
    collection<Item>(ctx.db, 'items').find({ active: true, modes: 'walk-in' }),
    collection<Staff>(ctx.db, 'staff').find({ active: true, windowId: _.exists(true) }),
  ])
  const walkInDepartments = new Set(items.map((i) => i.departmentId))
  const data: DutyReference = {
    windows,
    walkInWindowIds: windows.filter((w) => walkInDepartments.has(w.departmentId)).map((w) => w.id),
    walkInItems: items.map(({ id, name, departmentId, modes, active }) => ({ id, name, departmentId, modes, active })),
    staff: staff.map(({ id, name, roles, windowId }) => ({ id, name, roles, windowId })),
  }
  cached = { data, loadedAt: now }
  return data
}
