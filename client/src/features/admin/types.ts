import type { ServiceMode } from '@shared/items'
import type { Department, ServiceWindow, Staff } from '@shared/org'

/** A row of `catalog` `items.list`: the item without its materials. */
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

/** A department as `catalog` `departments.list` answers it: with its windows. */
export interface DepartmentWithWindows extends Department {
  windows: ServiceWindow[]
}

/** A staff record as `admin` `staff.list` answers it: the OPENID replaced by whether one is bound. */
export type StaffView = Omit<Staff, 'openid'> & { bound: boolean }
