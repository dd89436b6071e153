import type { Department, ServiceWindow, Staff } from './org'
import type { Role } from './roles'

/** Who the caller is, as the server sees it (`catalog` `me`): roles come only from the staff records. */
export interface Me {
  openid: string
  roles: Role[]
  staff?: { id: string; name: string; windowId?: string; departmentId?: string }
}

/** A department as `catalog` `departments.list` answers it: with its windows. */
export interface DepartmentWithWindows extends Department {
  windows: ServiceWindow[]
}

/** A staff record as an admin sees it (`admin` `staff.list`): whether bound to a WeChat user, never the OPENID itself. */
export type StaffView = Omit<Staff, 'openid'> & { bound: boolean }

/** `catalog` `staff.redeem`: the record the caller is now bound to. */
export interface RedeemedStaff {
  staff: { id: string; name: string; roles: Role[]; windowId?: string }
}
