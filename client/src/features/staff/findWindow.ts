import type { ServiceWindow } from '@shared/org'
import type { DepartmentListData } from '../items/itemTypes'

/** A window by its id among the departments' windows, if it is still there. */
export function findWindow(departments: DepartmentListData['departments'], windowId: string): ServiceWindow | undefined {
  for (const d of departments) {
    const found = d.windows.find((w) => w.id === windowId)
    if (found) return found
  }
  return undefined
}
