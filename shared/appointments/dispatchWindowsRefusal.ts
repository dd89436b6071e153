import { fail, type ApiError } from '../api'
import type { ItemDepartments } from './departmentsOf'

/** The windows a dispatch names (`dispatchPayloadSchema`). */
export interface DispatchWindows {
  leadWindowId: string
  assistingWindowIds: readonly string[]
}

const wrongWindow = (field: string, message: string) => fail('INVALID_INPUT', message, { [field]: message })

/**
 * R13: why a dispatch's windows do not fit the departments its items call
 * on, or null when they do. The lead window (主办) must be one of the lead
 * department; each assisting window (配合), one of an assisting department.
 * `departmentOf` maps the windows that exist to their departments: a window
 * missing from it does not exist. The field named is the one to correct.
 *
 * @example dispatchWindowsRefusal({ leadWindowId: 'win-10', assistingWindowIds: [] }, { lead: 'dept-scjg', assisting: [] }, new Map([['win-10', 'dept-sw']]))
 * // { ok: false, error: { code: 'INVALID_INPUT', message: '主办窗口须为事项主办部门的窗口', fields: { leadWindowId: … } } }
 */
export function dispatchWindowsRefusal(
  windows: DispatchWindows,
  departments: ItemDepartments,
  departmentOf: ReadonlyMap<string, string>,
): { ok: false; error: ApiError } | null {
  const lead = departmentOf.get(windows.leadWindowId)
  if (lead === undefined) return wrongWindow('leadWindowId', '主办窗口不存在')
  if (lead !== departments.lead) return wrongWindow('leadWindowId', '主办窗口须为事项主办部门的窗口')
  for (const [i, id] of windows.assistingWindowIds.entries()) {
    const field = `assistingWindowIds.${i}`
    const department = departmentOf.get(id)
    if (department === undefined) return wrongWindow(field, '配合窗口不存在')
    if (!departments.assisting.includes(department)) return wrongWindow(field, '配合窗口须为事项配合部门的窗口')
  }
  return null
}
