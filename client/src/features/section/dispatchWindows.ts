import { departmentsOf } from '@shared/appointments'
import type { ServiceWindow } from '@shared/org'
import type { InboxEntry } from '@shared/appointments'
import type { ItemSummary } from '@shared/items'
import type { Answer } from '../../api/cloud'

/** The windows a request may be dispatched to (R9, R13). */
export interface DispatchWindows {
  /** Windows of the lead department (主办): the first item's department. */
  lead: ServiceWindow[]
  /** Windows of the other departments the items name (配合): their assisting departments and the other items' departments. */
  assisting: ServiceWindow[]
}

/**
 * The windows the dispatch form offers for one inbox entry, as the server
 * checks them (`appointments.dispatch`, `dispatchWindowsRefusal`): a lead
 * window of the lead department, assisting windows of the other departments
 * the items name (`departmentsOf`, R13).
 *
 * @example dispatchWindows(entry, departments, items).lead.map((w) => w.id) // ['win-01', 'win-02']
 */
export function dispatchWindows(entry: InboxEntry, departments: Answer<'catalog', 'departments.list'>['departments'], items: ItemSummary[]): DispatchWindows {
  const lead = entry.leadDepartment?.id
  const summaries = new Map(items.map((i) => [i.id, i]))
  // An item whose department is unknown names none, as a missing item on the server.
  const known = new Map(
    entry.items.flatMap((i) => (i.departmentId === null ? [] : [[i.id, { departmentId: i.departmentId, assistingDepartmentIds: summaries.get(i.id)?.assistingDepartmentIds ?? [] }] as const])),
  )
  const assistingIds = new Set(departmentsOf(entry.items.map((i) => i.id), known).assisting)
  return {
    lead: departments.find((d) => d.id === lead)?.windows ?? [],
    assisting: departments.filter((d) => assistingIds.has(d.id)).flatMap((d) => d.windows),
  }
}
