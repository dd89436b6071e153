import type { Item, ServiceMode } from './item'

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

/** The list row of an item. */
export function summarizeItem(item: Item): ItemSummary {
  return {
    id: item.id,
    name: item.name,
    departmentId: item.departmentId,
    assistingDepartmentIds: item.assistingDepartmentIds,
    modes: item.modes,
    estimatedMinutes: item.estimatedMinutes,
    materialCount: item.materials.length,
    active: item.active,
    version: item.version,
    ...(item.example ? { example: true } : {}),
  }
}
