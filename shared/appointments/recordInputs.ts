import * as v from 'valibot'
import { pageInputEntries, requestIdSchema } from '../api'
import { idSchema } from '../ids'
import type { AppointmentStatus } from './appointment'
import { appointmentRefSchema } from './appointmentRefSchema'
import { filePayloadSchema, paperSignPayloadSchema } from './eventSchemas'
import { fieldsObject } from './fields'
import type { AppointmentView } from './views'

/** At most this many records filed at once (归档, R19): one box of paper forms. */
export const MAX_FILING_BATCH = 50

/** The states a record is filed in (R19): served, whether or not the applicant confirmed. */
export const FILEABLE_STATUSES: readonly AppointmentStatus[] = ['completed', 'acknowledged', 'abandoned', 'no_show']

/** `counter` `appointments.paperSign` (R19): the appointment and the serial number of the signed form. */
export const paperSignInputSchema = v.intersect([appointmentRefSchema, paperSignPayloadSchema])

/** `section` `records.file` (R19): the records chosen, each with the version seen, and the box they go in. */
export const fileRecordsInputSchema = v.intersect([
  fieldsObject({
    requestId: requestIdSchema,
    records: v.pipe(
      v.array(
        fieldsObject({
          appointmentId: idSchema('预约编号'),
          version: v.pipe(v.number('版本号缺失，请刷新后重试'), v.integer('版本号格式不正确'), v.minValue(1, '版本号格式不正确')),
        }),
        '请选择要归档的记录',
      ),
      v.minLength(1, '请至少选择一条要归档的记录'),
      v.maxLength(MAX_FILING_BATCH, `一次最多归档${MAX_FILING_BATCH}条记录`),
      v.check((records) => new Set(records.map((r) => r.appointmentId)).size === records.length, '所选记录有重复'),
    ),
  }),
  filePayloadSchema,
])

/** `section` `records.unfiled` (R19): a page of the served records not yet filed. */
export const unfiledInputSchema = fieldsObject({ ...pageInputEntries })

/** One served record waiting to be filed (`records.unfiled`). */
export interface UnfiledEntry {
  appointment: AppointmentView
  items: { id: string; name: string }[]
  /** When service ended (or the applicant gave up), epoch ms. */
  servedAt: number
  /** Unfiled longer than the `filingDueDays` setting. */
  overdue: boolean
}

/** The answer of `records.file`: what was filed, and what was refused with why (the rest of the batch still filed). */
export interface FileRecordsAnswer {
  filed: AppointmentView[]
  refused: { appointmentId: string; code: string; message: string }[]
}
