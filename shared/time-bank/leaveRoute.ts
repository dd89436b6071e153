import { fail, ok, type ApiResult } from '../api'
import type { Role } from '../org'

/** Who signs off a leave request (R24): the requester's window leader, or the section (政务服务管理科). */
export type LeaveApprover = 'leader' | 'section'

/** Where the covering colleague works, seen from the requester: their own window, another window of their department, or elsewhere. */
export type CoverScope = 'window' | 'department' | 'other'

/** What the route needs of the requester and of the colleague named to cover. */
export interface LeavePerson {
  id: string
  roles: readonly Role[]
  windowId?: string
  active: boolean
}

/** The way a request goes: who covers from where, and who decides. */
export interface LeaveRoute {
  scope: CoverScope
  approver: LeaveApprover
  coverWindowId: string
}

const refuse = (message: string) => fail('INVALID_INPUT', message, { coverStaffId: message })

/**
 * Where the cover comes from (R24): the requester's window, another window
 * of the same department, or any other window.
 * @example coverScope('win-04', 'win-05', { 'win-04': 'dept-rs', 'win-05': 'dept-rs' }) // 'department'
 */
export function coverScope(requesterWindowId: string, coverWindowId: string, departmentOf: Readonly<Record<string, string>>): CoverScope {
  if (requesterWindowId === coverWindowId) return 'window'
  const department = departmentOf[requesterWindowId]
  return department !== undefined && department === departmentOf[coverWindowId] ? 'department' : 'other'
}

/**
 * R24 for everyone. Decision: any active staff member of a window may
 * cover; a colleague of the requester's window or of another window of the
 * same department is signed off by the requester's window leader; a cover
 * from any other window needs the section's approval, and so does the
 * leave of a window leader (nobody signs off their own) and of anyone whose
 * window has no other leader (a one-person window). `windowLeaderIds` are
 * the active leaders of the requester's window.
 *
 * @example leaveRoute({ id: 'a', roles: ['staff'], windowId: 'w1', active: true }, { id: 'b', roles: ['staff'], windowId: 'w2', active: true }, { w1: 'd1', w2: 'd1' }, ['lead'])
 * // ok({ scope: 'department', approver: 'leader', coverWindowId: 'w2' })
 */
export function leaveRoute(
  requester: LeavePerson,
  cover: LeavePerson | null,
  departmentOf: Readonly<Record<string, string>>,
  windowLeaderIds: readonly string[],
): ApiResult<LeaveRoute> {
  if (!requester.windowId) return fail('FORBIDDEN', '您未分配到窗口')
  if (cover?.id === requester.id) return refuse('请选择其他同事顶岗')
  if (!cover || !cover.active || !cover.windowId) return refuse('顶岗同事须是在岗的窗口工作人员')
  const scope = coverScope(requester.windowId, cover.windowId, departmentOf)
  const hasLeader = windowLeaderIds.some((id) => id !== requester.id)
  const leads = requester.roles.includes('leader')
  const approver: LeaveApprover = scope === 'other' || leads || !hasLeader ? 'section' : 'leader'
  return ok({ scope, approver, coverWindowId: cover.windowId })
}

/** The words for who decides, as the requester reads them. */
export const APPROVER_NAMES: Record<LeaveApprover, string> = { leader: '窗口负责人', section: '管理科' }
