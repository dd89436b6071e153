import * as v from 'valibot'
import { fieldsObject, pageInputEntries, requestIdSchema } from '../api'
import { idSchema } from '../ids'
import { optionalText, requiredText } from '../text'
import { PHONE_PATTERN } from '../appointments/appointmentRequestSchema'
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

const phoneSchema = (label: string) => v.pipe(v.string(`请填写${label}`), v.trim(), v.regex(PHONE_PATTERN, `${label}应为手机号或带区号的固定电话`))

/** `booking` `complaints.submit`: about one of the caller's appointments or not, with a phone to call back if the citizen leaves one (R20). */
export const complaintSubmitSchema = fieldsObject({
  requestId: requestIdSchema,
  appointmentId: v.optional(idSchema('预约编号')),
  text: requiredText('投诉内容', COMPLAINT_MAX),
  contactPhone: v.optional(phoneSchema('联系电话')),
})

/** `section` `complaints.register` (R20): a complaint taken by phone or from 12345, with the caller's name and phone, and the window it is about if known. */
export const complaintRegisterSchema = fieldsObject({
  requestId: requestIdSchema,
  channel: v.picklist(['phone', '12345'], '请选择投诉来源'),
  callerName: requiredText('投诉人姓名', 20),
  callerPhone: phoneSchema('投诉人电话'),
  windowId: v.optional(idSchema('涉及窗口')),
  text: requiredText('投诉内容', COMPLAINT_MAX),
})

/** `section` `complaints.list`. */
export const complaintsListSchema = fieldsObject({ filter: listFilterSchema, ...pageInputEntries })

/** `section` `complaints.resolve` (R20): the outcome, whether it was upheld, and for a phone or 12345 complaint that the complainant was called back. */
export const complaintResolveSchema = fieldsObject({
  complaintId: idSchema('投诉编号'),
  version: versionSchema,
  requestId: requestIdSchema,
  note: requiredText('处理结果', NOTE_MAX),
  upheld: v.boolean('请选择投诉是否属实'),
  calledBack: v.optional(v.boolean('请确认是否已回电告知')),
})

/** `section` `visits.record`: how the applicant was reached, what they said. */
export const visitRecordSchema = fieldsObject({
  appointmentId: idSchema('预约编号'),
  requestId: requestIdSchema,
  how: v.picklist(VISIT_HOWS, '请选择回访方式'),
  note: requiredText('回访记录', NOTE_MAX),
  satisfaction: v.optional(levelSchema),
})
