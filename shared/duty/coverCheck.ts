import { fail, ok, type ApiResult } from '../api'
import type { ServiceWindow, Staff } from '../org'

const NOT_OF_DEPARTMENT = '只能安排本窗口或同一部门其他窗口的在岗工作人员'

/**
 * Who may be rostered for a window's weekend duty (R21, R22): an active
 * staff member of the window itself, or — to cover a window of the same
 * department that has nobody of its own (顶岗) — one of another window of
 * that department. Answers the window the person comes from when it is a
 * cover, `null` when they are the window's own.
 * @example coverCheck(staffOfWin04, win05, windows) // ok('win-04'): 人社 covers its 就业创业 window
 */
export function coverCheck(
  staff: Pick<Staff, 'active' | 'windowId'> | null,
  target: Pick<ServiceWindow, 'id' | 'departmentId'>,
  windows: readonly Pick<ServiceWindow, 'id' | 'departmentId'>[],
): ApiResult<string | null> {
  if (!staff || !staff.active || !staff.windowId) return fail('INVALID_INPUT', NOT_OF_DEPARTMENT, { staffId: NOT_OF_DEPARTMENT })
  if (staff.windowId === target.id) return ok(null)
  const home = windows.find((w) => w.id === staff.windowId)
  if (!home || home.departmentId !== target.departmentId) return fail('INVALID_INPUT', NOT_OF_DEPARTMENT, { staffId: NOT_OF_DEPARTMENT })
  return ok(home.id)
}
