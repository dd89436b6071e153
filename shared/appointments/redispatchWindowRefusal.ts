import { fail, type ApiError } from '../api'

/**
 * R9, R13: why a re-dispatch's new lead window does not fit, or null when it
 * does. It must exist; it must be a window of the items' lead department,
 * unless the section decided to send it to another department
 * (`otherDepartment`, docs/rules.md R9). `departmentOf` maps the windows that
 * exist to their departments.
 *
 * @example redispatchWindowRefusal('win-10', 'dept-scjg', false, new Map([['win-10', 'dept-sw']]))
 * // { ok: false, error: { code: 'INVALID_INPUT', message: '新的主办窗口须为事项主办部门的窗口；如需改派至其他部门，请勾选“改派至其他部门”', … } }
 */
export function redispatchWindowRefusal(
  windowId: string,
  leadDepartment: string | undefined,
  otherDepartment: boolean,
  departmentOf: ReadonlyMap<string, string>,
): { ok: false; error: ApiError } | null {
  const department = departmentOf.get(windowId)
  const refuse = (message: string) => fail('INVALID_INPUT', message, { leadWindowId: message })
  if (department === undefined) return refuse('新的主办窗口不存在')
  if (!otherDepartment && department !== leadDepartment) return refuse('新的主办窗口须为事项主办部门的窗口；如需改派至其他部门，请勾选“改派至其他部门”')
  return null
}
