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
  /** 受理条件: who may apply and when (一次性告知, R1). Absent on items saved before the guide fields. */
  conditions?: string
  /** 收费标准, e.g. 不收费. */
  fee?: string
  /** 法定办结时限 in working days; 0 is 即办 (finished on the spot). */
  legalDays?: number
  /** 承诺办结时限 in working days, at most the legal limit; 0 is 即办. */
  promisedDays?: number
  /** Where in the hall, e.g. 二楼东区; the window itself is the item's department's (R1). */
  location?: string
  /** 结果送达方式, in the order offered. */
  delivery?: DeliveryMethod[]
  /** 咨询电话 of the department. */
  phone?: string
  active: boolean
  version: number
  /** Example data shipped with the project, to be replaced by admins (R1 decision). */
  example?: boolean
}

/** How the result reaches the applicant (结果送达方式). */
export type DeliveryMethod = 'window' | 'post' | 'electronic'

export const DELIVERY_METHOD_NAMES: Record<DeliveryMethod, string> = {
  window: '窗口领取',
  post: '邮寄送达',
  electronic: '电子证照',
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
