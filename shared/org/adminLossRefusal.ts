import { fail, type ApiError } from '../api'
import type { Staff } from './org'

type Standing = Pick<Staff, 'roles' | 'active'>

const isActiveAdmin = (staff: Standing) => staff.active && staff.roles.includes('admin')

/** A change to a staff record as `staff.upsert` and `staff.revoke` make it. */
export interface StaffChange {
  /** The admin making the change is changing their own record. */
  self: boolean
  before: Standing
  after: Standing
  /** Active admins other than this record, counted when the change is saved. */
  otherActiveAdmins: number
}

/**
 * Why a change may not take the admin role away (or stop an admin's
 * record), or null when it may. An admin may not demote themselves, as they
 * may not stop their own record; and the last active admin can lose
 * neither the role nor the record — else no one could manage staff, items
 * or the holiday calendar without a redeployment with `ADMIN_OPENIDS`.
 *
 * @example adminLossRefusal({ self: false, before: { roles: ['admin'], active: true }, after: { roles: ['section'], active: true }, otherActiveAdmins: 0 })
 * // { ok: false, error: { code: 'CONFLICT', message: '这是最后一位在岗的管理员…' } }
 */
export function adminLossRefusal(change: StaffChange): { ok: false; error: ApiError } | null {
  if (!isActiveAdmin(change.before) || isActiveAdmin(change.after)) return null
  if (change.self) return fail('CONFLICT', change.after.active ? '不能取消自己的管理员角色，请由其他管理员操作' : '不能停用自己的账号')
  if (change.otherActiveAdmins === 0) {
    return fail('CONFLICT', '这是最后一位在岗的管理员，不能停用或取消其管理员角色；请先为其他人员设置管理员角色')
  }
  return null
}
