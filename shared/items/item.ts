/** How a material is brought: the original, a copy, or both. */
export type MaterialForm = 'original' | 'copy' | 'both'

/** One material the applicant brings (一次性告知, R11). */
export interface Material {
  name: string
  copies: number
  form: MaterialForm
  note?: string
}

/**
 * How an item is served under the scheme: walk-in on non-working weekends
 * (周末无休, R2) and/or by appointment during statutory holidays (节假日预约, R4).
 */
export type ServiceMode = 'walk-in' | 'appointment'

/** An item on the published list (清单, R1). */
export interface Item {
  id: string
  name: string
  /** The lead department (主办, R13). */
  departmentId: string
  /** Departments that assist (配合, R13), handled in parallel. */
  assistingDepartmentIds: string[]
  materials: Material[]
  notes: string
  modes: ServiceMode[]
  /** Estimated handling time, at most half a working day (R14). */
  estimatedMinutes: number
  active: boolean
  version: number
  /** Example data shipped with the project, to be replaced by admins (R1 decision). */
  example?: boolean
}

export const MATERIAL_FORM_NAMES: Record<MaterialForm, string> = {
  original: '原件',
  copy: '复印件',
  both: '原件及复印件',
}

export const SERVICE_MODE_NAMES: Record<ServiceMode, string> = {
  'walk-in': '周末无休',
  appointment: '节假日预约',
}
