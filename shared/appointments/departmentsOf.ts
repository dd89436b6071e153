import type { Item } from '../items'

/** Which departments an appointment's items call on (R13). */
export interface ItemDepartments {
  /** The lead department (主办): the first item's; undefined when that item is gone from the list. */
  lead: string | undefined
  /** Every other department the items name, lead or assisting (配合), once each. */
  assisting: string[]
}

/**
 * R13: the first item's department leads; the departments of the other
 * items, and every item's assisting departments, assist.
 *
 * @example departmentsOf(['item-002'], items) // { lead: 'dept-scjg', assisting: ['dept-sw'] }
 */
export function departmentsOf(itemIds: readonly string[], items: ReadonlyMap<string, Pick<Item, 'departmentId' | 'assistingDepartmentIds'>>): ItemDepartments {
  const found = itemIds.map((id) => items.get(id))
  const lead = found[0]?.departmentId
  const assisting = new Set<string>()
  for (const item of found) {
    if (!item) continue
    for (const id of [item.departmentId, ...item.assistingDepartmentIds]) if (id !== lead) assisting.add(id)
  }
  return { lead, assisting: [...assisting] }
}
