import * as v from 'valibot'
import { pageInputEntries } from '../api'
import { optionalText } from '../text'
import { isCivilDate, supportedDate } from '../time'
import { idSchema } from '../ids'
import { APPOINTMENT_STATUSES } from './appointment'
import { appointmentRefSchema } from './appointmentRefSchema'
import {
  assignPayloadSchema,
  cancelPayloadSchema,
  completePayloadSchema,
  confirmPartPayloadSchema,
  confirmPayloadSchema,
  dispatchPayloadSchema,
  forceMajeurePayloadSchema,
  markLatePayloadSchema,
  proposeChangePayloadSchema,
  redispatchPayloadSchema,
  reschedulePayloadSchema,
  markNoShowPayloadSchema,
  recordAttemptPayloadSchema,
  splitPayloadSchema,
  startPayloadSchema,
} from './eventSchemas'
import { fieldsObject } from './fields'

/**
 * The inputs of the actions on appointments, as the contract names them
 * (`shared/contract`): a step is the appointment reference with the event's
 * payload; the lists take their filters.
 */

/** One appointment by id, to read (`appointments.get`, `records.form`). */
export const appointmentIdSchema = fieldsObject({ appointmentId: idSchema('预约编号') })

/** `booking` `phone.fromCode`: the one-use code of the booking form's phone button (R7). */
export const phoneCodeSchema = fieldsObject({
  code: v.pipe(v.string('缺少手机号授权码，请重新点击按钮'), v.regex(/^[A-Za-z0-9_-]{1,128}$/, '手机号授权码格式不正确，请重新点击按钮')),
})

/** A step on an appointment: which one, the version seen, the request id, and the event's payload. */
const step = <S extends v.GenericSchema>(payload: S) => v.intersect([appointmentRefSchema, payload])

export const cancelInputSchema = step(cancelPayloadSchema)
export const dispatchInputSchema = step(dispatchPayloadSchema)
export const redispatchInputSchema = step(redispatchPayloadSchema)
export const assignInputSchema = step(assignPayloadSchema)
export const confirmInputSchema = step(confirmPayloadSchema)
export const confirmPartInputSchema = step(confirmPartPayloadSchema)
export const proposeChangeInputSchema = step(proposeChangePayloadSchema)
export const forceMajeureInputSchema = step(forceMajeurePayloadSchema)
export const rescheduleInputSchema = step(reschedulePayloadSchema)
export const markLateInputSchema = step(markLatePayloadSchema)
export const startInputSchema = step(startPayloadSchema)
export const completeInputSchema = step(completePayloadSchema)
export const splitInputSchema = step(splitPayloadSchema)
export const recordAttemptInputSchema = step(recordAttemptPayloadSchema)
export const markNoShowInputSchema = step(markNoShowPayloadSchema)

/** `changes.decide` (R16): the section's answer, as the app sends it (`approve`), turned into the event by the action. */
export const decideChangeInputSchema = step(
  fieldsObject({
    approve: v.boolean('请选择同意或不同意变更'),
    note: optionalText('审批意见', 200),
  }),
)

/** `counter` `queue.list`: the statuses to show (default: those the window still works on), one date, the page. */
export const queueInputSchema = fieldsObject({
  statuses: v.optional(
    v.pipe(
      v.array(v.picklist(APPOINTMENT_STATUSES, '预约状态不正确'), '预约状态格式不正确'),
      v.minLength(1, '请至少选择一个状态'),
      v.maxLength(APPOINTMENT_STATUSES.length, '预约状态不正确'),
    ),
  ),
  date: v.optional(v.pipe(v.string('请选择日期'), v.check(isCivilDate, '日期不是有效的日期'), supportedDate('日期'))),
  ...pageInputEntries,
})

/** What the section must act on: requests to dispatch (R9), changes to decide (R16), force majeure reports (R17). */
const INBOX_STATUSES = ['submitted', 'change_pending', 'force_majeure'] as const

/** `section` `inbox.list`: the statuses to show and the page. */
export const inboxInputSchema = fieldsObject({
  statuses: v.optional(
    v.pipe(v.array(v.picklist(APPOINTMENT_STATUSES, '状态不正确'), '状态格式不正确'), v.minLength(1, '请至少选择一个状态'), v.maxLength(APPOINTMENT_STATUSES.length)),
    [...INBOX_STATUSES],
  ),
  ...pageInputEntries,
})
