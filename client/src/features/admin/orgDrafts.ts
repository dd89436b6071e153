import type * as v from 'valibot'
import { departmentFieldsSchema, windowFieldsSchema, type DepartmentWithWindows, type ServiceWindow } from '@shared/org'
import { toNumber } from './toNumber'
import { validateFields, type Validated } from './validateFields'

/** A department being added or renamed. */
export interface DepartmentDraft {
  kind: 'department'
  id?: string
  name: string
  order: string
}

/** A window being added to a department or edited. */
export interface WindowDraft {
  kind: 'window'
  id?: string
  departmentId: string
  name: string
  number: string
}

export type OrgDraft = DepartmentDraft | WindowDraft

/** Changed fields of either kind of draft. */
export type OrgDraftPatch = Partial<Omit<DepartmentDraft, 'kind'> & Omit<WindowDraft, 'kind'>>

/** A new department goes after the others. */
export function newDepartmentDraft(departments: readonly DepartmentWithWindows[]): DepartmentDraft {
  const last = departments.reduce((max, d) => Math.max(max, d.order), -1)
  return { kind: 'department', name: '', order: String(last + 1) }
}

export function departmentDraftOf(department: DepartmentWithWindows): DepartmentDraft {
  return { kind: 'department', id: department.id, name: department.name, order: String(department.order) }
}

export function newWindowDraft(departmentId: string): WindowDraft {
  return { kind: 'window', departmentId, name: '', number: '' }
}

export function windowDraftOf(window: ServiceWindow): WindowDraft {
  return { kind: 'window', id: window.id, departmentId: window.departmentId, name: window.name, number: window.number }
}

/** The `admin` action that saves a draft, with its checked input. */
export type OrgRequest =
  | { action: 'departments.upsert'; input: Validated<v.InferOutput<typeof departmentFieldsSchema>> }
  | { action: 'windows.upsert'; input: Validated<v.InferOutput<typeof windowFieldsSchema>> }

/** The action that saves a draft, and its input checked with the server's schema. */
export function orgDraftRequest(draft: OrgDraft): OrgRequest {
  if (draft.kind === 'department') {
    const input = { ...(draft.id ? { id: draft.id } : {}), name: draft.name, order: toNumber(draft.order) }
    return { action: 'departments.upsert', input: validateFields(departmentFieldsSchema, input) }
  }
  const input = { ...(draft.id ? { id: draft.id } : {}), departmentId: draft.departmentId, name: draft.name, number: draft.number }
  return { action: 'windows.upsert', input: validateFields(windowFieldsSchema, input) }
}

