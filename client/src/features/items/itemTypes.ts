import type { Item, ServiceMode } from '@shared/items'
import type { Department, ServiceWindow } from '@shared/org'

/** One row of `catalog` `items.list` (docs/api.md): an item without its materials. */
export interface ItemSummary {
  id: string
  name: string
  departmentId: string
  assistingDepartmentIds: string[]
  modes: ServiceMode[]
  estimatedMinutes: number
  materialCount: number
  active: boolean
  version: number
  example?: boolean
}

/** `items.list`'s data. */
export interface ItemListData {
  items: ItemSummary[]
}

/** `items.get`'s data: the item and the windows that serve it, the lead department's first. */
export interface ItemDetailData {
  item: Item
  windows: ServiceWindow[]
}

/** `departments.list`'s data: the departments in their order, each with its windows. */
export interface DepartmentListData {
  departments: Array<Department & { windows: ServiceWindow[] }>
}
