import type { ServiceWindow } from '@shared/org'
import type { Answer } from '../../api/cloud'

/** A window by its id among the departments' windows, if it is still there. */
export function findWindow(departments: Answer<'catalog', 'departments.list'>['departments'], windowId: string): ServiceWindow | undefined {
  for (const d of departments) {
    const found = d.windows.find((w) => w.id === windowId)
    if (found) return found
  }
  return undefined
}
