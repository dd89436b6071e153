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
 * checks them (`appointments.dispatch`): a lead window of the lead
 * department, assisting windows of the other departments the items name.
 *
 * @example dispatchWindows(entry, departments, items).lead.map((w) => w.id) // ['win-01', 'win-02']
 */
export function dispatchWindows(entry: InboxEntry, departments: Answer<'catalog', 'departments.list'>['departments'], items: ItemSummary[]): DispatchWindows {
  const lead = entry.leadDepartment?.id
  const summaries = new Map(items.map((i) => [i.id, i]))
  const named = entry.items.flatMap((i) => [i.departmentId, ...(summaries.get(i.id)?.assistingDepartmentIds ?? [])])
  const assistingIds = new Set(named.filter((id): id is string => id !== null && id !== lead))
  return {
    lead: departments.find((d) => d.id === lead)?.windows ?? [],
    assisting: departments.filter((d) => assistingIds.has(d.id)).flatMap((d) => d.windows),
  }
}
