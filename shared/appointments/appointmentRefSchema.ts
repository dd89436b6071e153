import * as v from 'valibot'
import { requestIdSchema } from '../api'
import { idSchema } from '../ids'
import { fieldsObject } from './fields'

/**
 * What every staff or applicant action on an existing appointment carries
 * besides its payload: which appointment, the version the caller saw (a stale
 * one is `CONFLICT`), and a `requestId` so that a repeated tap has effect once.
 */
export const appointmentRefSchema = fieldsObject({
  appointmentId: idSchema('预约编号'),
  version: v.pipe(v.number('版本号缺失，请刷新后重试'), v.integer('版本号格式不正确'), v.minValue(1, '版本号格式不正确')),
  requestId: requestIdSchema,
})
