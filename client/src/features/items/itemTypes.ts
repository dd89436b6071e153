import type { Page } from '@shared/api'
import type { Item, ItemSummary } from '@shared/items'
import type { Department, ServiceWindow } from '@shared/org'

export type { ItemSummary }

/** `items.list`'s data. */
export type ItemListData = Page<ItemSummary>

/** `items.get`'s data: the item and the windows that serve it, the lead department's first. */
export interface ItemDetailData {
  item: Item
  windows: ServiceWindow[]
}

/** `departments.list`'s data: the departments in their order, each with its windows. */
export interface DepartmentListData {
  departments: Array<Department & { windows: ServiceWindow[] }>
}
