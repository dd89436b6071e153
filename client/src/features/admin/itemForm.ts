import type { FieldErrors } from '@shared/api'
import { itemFieldsSchema, type Item, type ItemFields, type MaterialForm, type ServiceMode } from '@shared/items'
import { emptyGuideForm, guideFormFromItem, guideInputFromForm, type ItemGuideForm } from './itemGuideForm'
import { toNumber } from './toNumber'
import { validateFields, type Validated } from './validateFields'

/** One editable row of the materials list; `key` keeps a row's identity while rows move. */
export interface MaterialRow {
  key: number
  name: string
  copies: string
  form: MaterialForm
  note: string
}

/** What the item editor holds: text as typed, turned into `ItemFields` on save. */
export interface ItemForm extends ItemGuideForm {
  name: string
  departmentId: string
  assistingDepartmentIds: string[]
  materials: MaterialRow[]
  notes: string
  modes: ServiceMode[]
  estimatedMinutes: string
}

/** A new item: both service modes ticked, as most listed items offer both (R2, R4). */
export function emptyItemForm(): ItemForm {
  return {
    name: '',
    departmentId: '',
    assistingDepartmentIds: [],
    materials: [],
    notes: '',
    modes: ['walk-in', 'appointment'],
    estimatedMinutes: '30',
    ...emptyGuideForm(),
  }
}

/** The form for editing a saved item. */
export function itemFormFromItem(item: Item): ItemForm {
  return {
    name: item.name,
    departmentId: item.departmentId,
    assistingDepartmentIds: [...item.assistingDepartmentIds],
    materials: item.materials.map((m, i) => ({ key: i + 1, name: m.name, copies: String(m.copies), form: m.form, note: m.note ?? '' })),
    notes: item.notes,
    modes: [...item.modes],
    estimatedMinutes: String(item.estimatedMinutes),
    ...guideFormFromItem(item),
  }
}

/** The form as the `item` of `items.create` / `items.update`, before validation. */
export function itemInputFromForm(form: ItemForm): Record<string, unknown> {
  return {
    name: form.name,
    departmentId: form.departmentId,
    assistingDepartmentIds: form.assistingDepartmentIds,
    materials: form.materials.map((row) => ({
      name: row.name,
      copies: toNumber(row.copies),
      form: row.form,
      ...(row.note.trim() ? { note: row.note } : {}),
    })),
    notes: form.notes,
    modes: form.modes,
    estimatedMinutes: toNumber(form.estimatedMinutes),
    ...guideInputFromForm(form),
  }
}

/** Checks the form with the server's own schema (R1, R13, R14): fields to send, or a message per field. */
export function validateItemForm(form: ItemForm): Validated<ItemFields> {
  const result = validateFields(itemFieldsSchema, itemInputFromForm(form))
  // An empty id reads "主办部门格式不正确"; the admin simply has not chosen one yet.
  if (!result.ok && !form.departmentId) return { ok: false, errors: { ...result.errors, departmentId: '请选择主办部门' } }
  return result
}

/**
 * The server's field errors keyed like the form's: its paths start at the
 * request (`item.materials.0.copies`); the request id and version are no
 * field of the form, so their messages go to the form as a whole (`_`).
 */
export function serverItemErrors(fields: FieldErrors = {}): FieldErrors {
  const out: FieldErrors = {}
  for (const [path, message] of Object.entries(fields)) {
    const key = path.startsWith('item.') ? path.slice('item.'.length) : /^(requestId|version|id)(\.|$)/.test(path) ? '_' : path
    if (!(key in out)) out[key] = message
  }
  return out
}

/** Chooses the lead department (主办, R13); it can no longer also assist. */
export function setLeadDepartment(form: ItemForm, departmentId: string): ItemForm {
  return { ...form, departmentId, assistingDepartmentIds: form.assistingDepartmentIds.filter((id) => id !== departmentId) }
}

/** Sets the assisting departments (配合, R13), never the lead among them. */
export function setAssistingDepartments(form: ItemForm, ids: string[]): ItemForm {
  return { ...form, assistingDepartmentIds: ids.filter((id, i) => id !== form.departmentId && ids.indexOf(id) === i) }
}

/** Appends an empty material row: one original, the usual case. */
export function addMaterial(form: ItemForm): ItemForm {
  const key = form.materials.reduce((max, row) => Math.max(max, row.key), 0) + 1
  return { ...form, materials: [...form.materials, { key, name: '', copies: '1', form: 'original', note: '' }] }
}

export function removeMaterial(form: ItemForm, index: number): ItemForm {
  return { ...form, materials: form.materials.filter((_, i) => i !== index) }
}

/** Moves a row up (`-1`) or down (`+1`); a move past either end changes nothing. */
export function moveMaterial(form: ItemForm, index: number, by: -1 | 1): ItemForm {
  const target = index + by
  if (index < 0 || index >= form.materials.length || target < 0 || target >= form.materials.length) return form
  const materials = [...form.materials]
  ;[materials[index], materials[target]] = [materials[target], materials[index]]
  return { ...form, materials }
}

export function updateMaterial(form: ItemForm, index: number, patch: Partial<Omit<MaterialRow, 'key'>>): ItemForm {
  return { ...form, materials: form.materials.map((row, i) => (i === index ? { ...row, ...patch } : row)) }
}
