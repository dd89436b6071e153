import type * as v from 'valibot'
import { ROLE_NAMES, staffFieldsSchema, type DepartmentWithWindows, type Role, type StaffView } from '@shared/org'
import { validateFields, type Validated } from './validateFields'

/** A staff record being added or edited; an edit carries the version it started from. */
export interface StaffDraft {
  id?: string
  version?: number
  name: string
  roles: Role[]
  windowId: string
}

/** A window to choose for a staff member, labelled with its department and number. */
export interface WindowOption {
  id: string
  label: string
}

export function newStaffDraft(): StaffDraft {
  return { name: '', roles: ['staff'], windowId: '' }
}

export function staffDraftOf(staff: StaffView): StaffDraft {
  return { id: staff.id, version: staff.version, name: staff.name, roles: [...staff.roles], windowId: staff.windowId ?? '' }
}

/** Window leaders (窗口负责人) and window staff (窗口工作人员) work at a window (R10, R21). */
export function needsWindow(roles: readonly Role[]): boolean {
  return roles.includes('leader') || roles.includes('staff')
}

/** Every window, in department order: `市场监管局 · 2号窗口（A02）`. */
export function windowOptions(departments: readonly DepartmentWithWindows[]): WindowOption[] {
  return [...departments]
    .sort((a, b) => a.order - b.order)
    .flatMap((d) => d.windows.map((w) => ({ id: w.id, label: `${d.name} · ${w.name}（${w.number}）` })))
}

export function roleNames(roles: readonly Role[]): string {
  return roles.map((r) => ROLE_NAMES[r]).join('、')
}

/**
 * The `staff.upsert` input, checked with the server's schema. The rule that
 * leaders and staff need a window is a check on the whole record; its message
 * is shown beside the window picker.
 */
export function staffRequest(draft: StaffDraft): Validated<v.InferOutput<typeof staffFieldsSchema>> {
  const input = {
    ...(draft.id ? { id: draft.id, version: draft.version } : {}),
    name: draft.name,
    roles: draft.roles,
    ...(draft.windowId ? { windowId: draft.windowId } : {}),
  }
  const result = validateFields(staffFieldsSchema, input)
  if (result.ok || !result.errors._ || draft.windowId || !needsWindow(draft.roles)) return result
  const { _: message, ...rest } = result.errors
  return { ok: false, errors: { ...rest, windowId: message } }
}
