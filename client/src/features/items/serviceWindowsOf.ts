import type { Item } from '@shared/items'
import type { ServiceWindow } from '@shared/org'
import { windowLabel } from './windowLabel'

export interface ServiceWindowLine {
  id: string
  label: string
  /** The window belongs to a department that assists (配合, R13) rather than leads (主办). */
  assisting: boolean
  /** Where in the hall, e.g. 二楼东区. */
  location?: string
}

/**
 * The windows where an item is handled, the lead department's first (R13):
 * windows of assisting departments are marked so the citizen knows where
 * to start. Keeps the server's order within each group.
 */
export function serviceWindowsOf(item: Pick<Item, 'departmentId'>, windows: readonly ServiceWindow[]): ServiceWindowLine[] {
  const line = (w: ServiceWindow): ServiceWindowLine => ({
    id: w.id,
    label: windowLabel(w),
    assisting: w.departmentId !== item.departmentId,
    ...(w.location ? { location: w.location } : {}),
  })
  const lines = windows.map(line)
  return [...lines.filter((l) => !l.assisting), ...lines.filter((l) => l.assisting)]
}
