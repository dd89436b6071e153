import * as v from 'valibot'
import { fieldsObject, pageInputEntries, requestIdSchema } from '../api'
import { idSchema } from '../ids'
import { optionalText, requiredText } from '../text'
import { VISIT_HOWS } from './records'
import { REVIEW_LEVELS } from './reviewLevels'

/** Longest review comment, complaint and note: enough to say what happened, short enough to print. */
export const COMMENT_MAX = 300
export const COMPLAINT_MAX = 500
export const NOTE_MAX = 300

const versionSchema = v.pipe(v.number('版本号缺失，请刷新后重试'), v.integer('版本号格式不正确'), v.minValue(1, '版本号格式不正确'))
const levelSchema = v.picklist(REVIEW_LEVELS, '请选择满意程度')

/** `booking` `reviews.submit`: the applicant rates a completed appointment once (R20). */
export const reviewSubmitSchema = fieldsObject({
  appointmentId: idSchema('预约编号'),
  requestId: requestIdSchema,
  level: levelSchema,
  comment: optionalText('评价内容', COMMENT_MAX),
})

/** What the section lists: follow-ups still open (default), or every review. */
const listFilterSchema = v.optional(v.picklist(['open', 'all'], '筛选条件不正确'), 'open')

/** `section` `reviews.list`. */
export const reviewsListSchema = fieldsObject({ filter: listFilterSchema, ...pageInputEntries })

/** `section` `reviews.resolve`: the follow-up's note, which the citizen reads. */
export const reviewResolveSchema = fieldsObject({
  appointmentId: idSchema('预约编号'),
  version: versionSchema,
  requestId: requestIdSchema,
  note: requiredText('跟进情况', NOTE_MAX),
})

/** `booking` `complaints.submit`: about one of the caller's appointments or not. */
export const complaintSubmitSchema = fieldsObject({
  requestId: requestIdSchema,
  appointmentId: v.optional(idSchema('预约编号')),
  text: requiredText('投诉内容', COMPLAINT_MAX),
})

/** `section` `complaints.list`. */
export const complaintsListSchema = fieldsObject({ filter: listFilterSchema, ...pageInputEntries })

/** `section` `complaints.resolve`. */
export const complaintResolveSchema = fieldsObject({
  complaintId: idSchema('投诉编号'),
  version: versionSchema,
  requestId: requestIdSchema,
  note: requiredText('处理结果', NOTE_MAX),
})

/** `section` `visits.record`: how the applicant was reached, what they said. */
export const visitRecordSchema = fieldsObject({
  appointmentId: idSchema('预约编号'),
  requestId: requestIdSchema,
  how: v.picklist(VISIT_HOWS, '请选择回访方式'),
  note: requiredText('回访记录', NOTE_MAX),
  satisfaction: v.optional(levelSchema),
})
