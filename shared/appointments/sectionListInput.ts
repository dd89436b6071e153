import * as v from 'valibot'
import { pageInputEntries } from '../api'
import { idSchema } from '../ids'
import { APPOINTMENT_STATUSES, CHANNELS } from './appointment'
import { civilDate, fieldsObject } from './fields'

/**
 * `section` `appointments.list` (R8, R9): the section's list of every
 * appointment, newest holiday date first, with its filters, each optional:
 * a holiday (named by its first day, as `holidays` in the answer), one date,
 * the states, the lead window (主办), the channel (R7), and the page.
 */
export const sectionListInputSchema = fieldsObject({
  holiday: v.optional(civilDate('节假日')),
  date: v.optional(civilDate('日期')),
  statuses: v.optional(
    v.pipe(v.array(v.picklist(APPOINTMENT_STATUSES, '状态不正确'), '状态格式不正确'), v.minLength(1, '请至少选择一个状态'), v.maxLength(APPOINTMENT_STATUSES.length, '状态不正确')),
  ),
  windowId: v.optional(idSchema('窗口')),
  channel: v.optional(v.picklist(CHANNELS, '预约渠道不正确')),
  ...pageInputEntries,
})

export type SectionListInput = v.InferOutput<typeof sectionListInputSchema>
