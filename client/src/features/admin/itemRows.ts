import { SERVICE_MODE_NAMES, type ItemSummary } from '@shared/items'
import type { DepartmentWithWindows } from '@shared/org'

/** One line of the admin's item list. */
export interface ItemRow {
  id: string
  name: string
  departmentName: string
  modesText: string
  estimatedMinutes: number
  materialCount: number
  archived: boolean
  example: boolean
}

/** The admin's list: department names instead of ids, archived items marked (已停用). */
export function itemRows(items: readonly ItemSummary[], departments: readonly DepartmentWithWindows[]): ItemRow[] {
  const names = new Map(departments.map((d) => [d.id, d.name]))
  return items.map((item) => ({
    id: item.id,
    name: item.name,
    departmentName: names.get(item.departmentId) ?? '未知部门',
    modesText: item.modes.map((m) => SERVICE_MODE_NAMES[m]).join('、'),
    estimatedMinutes: item.estimatedMinutes,
    materialCount: item.materialCount,
    archived: !item.active,
    example: Boolean(item.example),
  }))
}
