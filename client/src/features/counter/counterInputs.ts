import {
  assignPayloadSchema,
  completePayloadSchema,
  confirmPartPayloadSchema,
  confirmPayloadSchema,
  forceMajeurePayloadSchema,
  markLatePayloadSchema,
  proposeChangePayloadSchema,
} from '@shared/appointments'
import type { FieldErrors } from '@shared/api'
import { beijingInstant, isCivilTime, type CivilDate } from '@shared/time'
import { validateFields, type Validated } from '../admin/validateFields'

/** R14: one appointment takes in principle at most half a working day; more needs a reason. */
export const MAX_PLANNED_MINUTES = 210

export interface AssignForm {
  staffId: string
}
export interface ConfirmForm {
  agreedTime: string
  plannedMinutes: string
  note: string
  materialsToldInFull: boolean
  /** Why the time lies outside the holiday hours or the duration over half a day (R4, R14); asked for by the server (`REASON_REQUIRED`). */
  reason?: string
}
export interface ConfirmPartForm {
  note: string
}
export interface ProposeChangeForm {
  reason: string
  newDate: string
  newTime: string
}
export interface ForceMajeureForm {
  note: string
}
export interface MarkLateForm {
  contacted: boolean
  gaveUp: boolean
  note: string
}
export interface CompleteForm {
  result: string
  /** `HH:mm` Beijing time on the appointment's date; empty: the recorded start. */
  startTime: string
  /** `HH:mm`; empty: now. */
  endTime: string
  /** Why a time departs from the record; asked for by the server (`REASON_REQUIRED`), else empty. */
  reason: string
}

/** What a form's fields become: the step's payload, or the message beside each field. */
export type StepInput = Validated<Record<string, unknown>>

const failed = (errors: FieldErrors): StepInput => ({ ok: false, errors })
const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim())

/** R10: the staff id, as typed or picked. */
export function assignInput(form: AssignForm): StepInput {
  return validateFields(assignPayloadSchema, { staffId: form.staffId.trim() })
}

/**
 * R11, R12, R14: the agreed time, planned minutes (empty: the items'
 * estimates) and the call, with the materials told once and in full; a
 * reason when given (R4, R14: the server asks for it, `REASON_REQUIRED`).
 *
 * @example confirmInput({ agreedTime: '09:00', plannedMinutes: '', note: '', materialsToldInFull: true })
 * // { ok: true, value: { agreedTime: '09:00', contact: { note: '', materialsToldInFull: true } } }
 */
export function confirmInput(form: ConfirmForm): StepInput {
  const errors: FieldErrors = {}
  const minutesText = form.plannedMinutes.trim()
  const plannedMinutes = minutesText === '' ? undefined : Number(minutesText)
  if (plannedMinutes !== undefined && (!Number.isInteger(plannedMinutes) || plannedMinutes < 1)) errors.plannedMinutes = '计划办理时长请填写整数分钟'
  if (!form.materialsToldInFull) errors['contact.materialsToldInFull'] = '请先一次性告知申请人所需材料，再确认预约'
  const checked = validateFields(confirmPayloadSchema, {
    agreedTime: form.agreedTime.trim(),
    ...(plannedMinutes !== undefined && !errors.plannedMinutes ? { plannedMinutes } : {}),
    contact: { note: form.note, materialsToldInFull: form.materialsToldInFull },
    ...(form.reason && blankToUndefined(form.reason) ? { reason: form.reason.trim() } : {}),
  })
  if (!checked.ok) return failed({ ...checked.errors, ...errors })
  return Object.keys(errors).length ? failed(errors) : checked
}

/** R13: an assisting window's part. */
export function confirmPartInput(form: ConfirmPartForm): StepInput {
  return validateFields(confirmPartPayloadSchema, { note: form.note })
}

/** R16: the reason and a new date, time or both. */
export function proposeChangeInput(form: ProposeChangeForm): StepInput {
  return validateFields(proposeChangePayloadSchema, {
    reason: form.reason,
    ...(blankToUndefined(form.newDate) ? { newDate: form.newDate.trim() } : {}),
    ...(blankToUndefined(form.newTime) ? { newTime: form.newTime.trim() } : {}),
  })
}

/** R17: what happened. */
export function forceMajeureInput(form: ForceMajeureForm): StepInput {
  return validateFields(forceMajeurePayloadSchema, { note: form.note })
}

/** R18: the staff must have called the applicant before recording lateness. */
export function markLateInput(form: MarkLateForm): StepInput {
  if (!form.contacted) return failed({ contacted: '请先联系申请人，询问是否放弃办理' })
  return validateFields(markLatePayloadSchema, { contacted: true, gaveUp: form.gaveUp, note: form.note })
}

/**
 * R19: the outcome, and the start and end as `HH:mm` on the appointment's
 * date, sent as epoch ms; a blank time is left to the server (the recorded
 * start, and now); a reason goes with them when given.
 *
 * @example completeInput({ result: '已办结', startTime: '09:00', endTime: '09:20', reason: '' }, '2026-10-02').value
 * // { result: '已办结', startedAt: Date.parse('2026-10-02T09:00:00+08:00'), endedAt: Date.parse('2026-10-02T09:20:00+08:00') }
 */
export function completeInput(form: CompleteForm, date: CivilDate): StepInput {
  const errors: FieldErrors = {}
  const instant = (field: 'startedAt' | 'endedAt', time: string) => {
    const t = time.trim()
    if (t === '') return undefined
    if (!isCivilTime(t)) {
      errors[field] = '时间格式应为“时:分”，如 09:30'
      return undefined
    }
    return beijingInstant(date, t).getTime()
  }
  const startedAt = instant('startedAt', form.startTime)
  const endedAt = instant('endedAt', form.endTime)
  if (startedAt !== undefined && endedAt !== undefined && endedAt <= startedAt) errors.endedAt = '办结时间应晚于开始时间'
  const checked = validateFields(completePayloadSchema, {
    result: form.result,
    ...(startedAt !== undefined ? { startedAt } : {}),
    ...(endedAt !== undefined ? { endedAt } : {}),
    ...(blankToUndefined(form.reason) ? { reason: form.reason.trim() } : {}),
  })
  if (!checked.ok) return failed({ ...checked.errors, ...errors })
  return Object.keys(errors).length ? failed(errors) : checked
}
