import type { ItemSummary } from '@shared/items'
import type { Department, ServiceWindow, Staff } from '@shared/org'

export type { ItemSummary }

/** A department as `catalog` `departments.list` answers it: with its windows. */
export interface DepartmentWithWindows extends Department {
  windows: ServiceWindow[]
}

/** A staff record as `admin` `staff.list` answers it: the OPENID replaced by whether one is bound. */
export type StaffView = Omit<Staff, 'openid'> & { bound: boolean }
