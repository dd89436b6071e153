import type { Role } from './roles'

/** A department stationed at the center (进驻部门). */
export interface Department {
  id: string
  name: string
  /** The short name citizens know it by, e.g. 市场监管. */
  shortName?: string
  order: number
  example?: boolean
}

/** A service window of a department (窗口). */
export interface ServiceWindow {
  id: string
  departmentId: string
  name: string
  /** The number shown above the counter, e.g. `A12`. */
  number: string
  /** Where in the hall it is, e.g. 一楼东区. */
  location?: string
  example?: boolean
}

/** Orders windows by their number as people read it: 2 before 10. */
export function byWindowNumber(a: ServiceWindow, b: ServiceWindow): number {
  return a.number.localeCompare(b.number, 'en', { numeric: true })
}

/** A staff member (工作人员), bound to a WeChat user once they redeem an invite. */
export interface Staff {
  id: string
  name: string
  roles: Role[]
  windowId?: string
  departmentId?: string
  /** Set when the staff member redeems an invite code; never shown whole to others. */
  openid?: string
  active: boolean
  version: number
  example?: boolean
}

/** A single-use invite code that binds a WeChat user to a staff record. */
export interface StaffInvite {
  id: string
  code: string
  staffId: string
  expiresAt: number
  usedAt?: number
  createdBy: string
}
