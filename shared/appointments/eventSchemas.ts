import * as v from 'valibot'
import { idSchema } from '../ids'
import { appointmentRequestSchema } from './appointmentRequestSchema'
import { text } from '../text'
import { civilDate, civilTime, epochMs, fieldsObject, optionalText, requiredText } from './fields'

/** At most this many assisting windows (配合, R13) on one appointment. */
const MAX_ASSISTING_WINDOWS = 5

/** R9, R13: the section dispatches to the lead window (主办) and any assisting ones (配合). */
export const dispatchPayloadSchema = v.pipe(
  fieldsObject({
    leadWindowId: idSchema('主办窗口'),
    assistingWindowIds: v.optional(
      v.pipe(
        v.array(idSchema('配合窗口'), '配合窗口格式不正确'),
        v.maxLength(MAX_ASSISTING_WINDOWS, `配合窗口不能超过${MAX_ASSISTING_WINDOWS}个`),
        v.check((ids) => new Set(ids).size === ids.length, '配合窗口不能重复'),
      ),
      [],
    ),
  }),
  v.forward(
    v.partialCheck(
      [['leadWindowId'], ['assistingWindowIds']],
      (p) => !p.assistingWindowIds.includes(p.leadWindowId),
      '配合窗口不能与主办窗口相同',
    ),
    ['assistingWindowIds'],
  ),
)

/**
 * R9, R13: the section moves a dispatched appointment, not yet confirmed, to
 * another lead window, with its reason; a window of another department only
 * when the section says so (`otherDepartment`).
 */
export const redispatchPayloadSchema = fieldsObject({
  leadWindowId: idSchema('新的主办窗口'),
  otherDepartment: v.optional(v.boolean('请选择是否改派至其他部门'), false),
  reason: requiredText('改派原因', 100),
})

/** R10: the lead window's leader names the staff who will serve. */
export const assignPayloadSchema = fieldsObject({ staffId: idSchema('工作人员') })

/**
 * R11, R12, R14, R4: the agreed time, the planned duration, the record of the
 * call, and `reason` for a time outside the holiday hours or a duration over
 * half a working day, needed only when the answer asks for it (`REASON_REQUIRED`).
 */
export const confirmPayloadSchema = fieldsObject({
  agreedTime: civilTime('约定时间'),
  plannedMinutes: v.optional(
    v.pipe(
      v.number('计划办理时长必须是数字'),
      v.integer('计划办理时长必须是整数分钟'),
      v.minValue(1, '计划办理时长至少1分钟'),
      v.maxValue(24 * 60, '计划办理时长不正确'),
    ),
  ),
  contact: fieldsObject(
    {
      note: v.optional(text('联系记录', 200), ''),
      materialsToldInFull: v.boolean('请确认是否已一次性告知所需材料'),
    },
    '请填写联系记录',
  ),
  reason: optionalText('原因', 200),
})

/** R13: an assisting window confirms its part of a parallel appointment. */
export const confirmPartPayloadSchema = fieldsObject({ note: optionalText('说明', 200) })

/** R16: a postponement or change, with its reason, for the section to approve. */
export const proposeChangePayloadSchema = v.pipe(
  fieldsObject({
    reason: requiredText('变更原因', 200),
    newDate: v.optional(civilDate('新的日期')),
    newTime: v.optional(civilTime('新的时间')),
  }),
  v.forward(
    v.partialCheck([['newDate'], ['newTime']], (p) => p.newDate !== undefined || p.newTime !== undefined, '请填写新的日期或时间'),
    ['newTime'],
  ),
)

/** R16: the section approves or rejects a proposed change. */
export const decideChangePayloadSchema = fieldsObject({
  decision: v.picklist(['approved', 'rejected'], '请选择同意或不同意变更'),
  note: optionalText('审批意见', 200),
})

/** R17: what happened, reported to the section at once. */
export const forceMajeurePayloadSchema = fieldsObject({ note: requiredText('不可抗力情况说明', 200) })

/**
 * R17: after force majeure the section arranges what follows: a new date
 * and/or time, another staff member of the lead window, or another window
 * of the items' department (whose leader then assigns); `reason` says what
 * was arranged with the applicant and stands for a time outside the holiday
 * hours (R4).
 */
export const reschedulePayloadSchema = v.pipe(
  fieldsObject({
    newDate: v.optional(civilDate('新的日期')),
    newTime: v.optional(civilTime('新的时间')),
    staffId: v.optional(idSchema('工作人员')),
    leadWindowId: v.optional(idSchema('新的窗口')),
    reason: requiredText('改期说明', 200),
  }),
  v.forward(
    v.partialCheck(
      [['newDate'], ['newTime'], ['staffId'], ['leadWindowId']],
      (p) => p.newDate !== undefined || p.newTime !== undefined || p.staffId !== undefined || p.leadWindowId !== undefined,
      '请选择新的时间、工作人员或窗口',
    ),
    ['newTime'],
  ),
  v.forward(
    v.partialCheck([['staffId'], ['leadWindowId']], (p) => p.staffId === undefined || p.leadWindowId === undefined, '改派其他窗口时由该窗口负责人分配工作人员'),
    ['staffId'],
  ),
)

/** R15: the applicant, or the desk or section for them, cancels with a reason. */
export const cancelPayloadSchema = fieldsObject({ reason: requiredText('取消原因', 100) })

/** R19: service begins now. */
export const startPayloadSchema = fieldsObject({})

/** R18: the applicant is 30 minutes late; staff called them and record whether they give up. */
export const markLatePayloadSchema = fieldsObject({
  contacted: v.boolean('请选择是否已联系申请人'),
  gaveUp: v.boolean('请选择申请人是否放弃办理'),
  note: optionalText('迟到情况说明', 200),
})

/**
 * R19: the outcome, and when service began and ended (defaults: the start as
 * recorded, and now); `reason` explains a time that departs from the record,
 * needed only when the answer asks for it (`REASON_REQUIRED`).
 */
export const completePayloadSchema = fieldsObject({
  result: requiredText('办理结果', 200),
  startedAt: v.optional(epochMs('开始办理时间')),
  endedAt: v.optional(epochMs('办结时间')),
  reason: optionalText('原因', 200),
})

/** R19: the applicant confirms (signs) the completion record. */
export const acknowledgePayloadSchema = fieldsObject({})

/** R18: one attempt to reach an applicant who has not come: when (default now), how, and what came of it. */
export const recordAttemptPayloadSchema = fieldsObject({
  at: v.optional(epochMs('联系时间')),
  way: v.picklist(['phone', 'sms', 'other'], '请选择联系方式'),
  result: v.picklist(['no_answer', 'unreachable', 'declined'], '请选择联系结果'),
  note: optionalText('说明', 200),
})

/** R18: close as a no-show (未到) after the attempts. */
export const markNoShowPayloadSchema = fieldsObject({ note: optionalText('说明', 200) })

/** R14: the items the section moves to a second appointment. */
export const splitPayloadSchema = fieldsObject({
  itemIds: v.pipe(
    v.array(idSchema('事项'), '请选择要拆分出的事项'),
    v.minLength(1, '请选择要拆分出的事项'),
    v.maxLength(20, '事项过多'),
    v.check((ids) => new Set(ids).size === ids.length, '事项不能重复'),
  ),
})
/**
 * R19: the applicant signed the printed registration form (纸质签字), for an
 * applicant who cannot confirm in the app; `formNo` is the serial number
 * printed on the form (the reference number), which must match; `onRequest`
 * when a mini-program applicant asked to sign on paper.
 */
export const paperSignPayloadSchema = fieldsObject({
  formNo: requiredText('登记表编号', 20),
  onRequest: v.optional(v.boolean('请选择是否为申请人要求纸质签字'), false),
  note: optionalText('说明', 200),
})

/** R8, R19: the section files the record (归档), optionally in a box or volume it names (卷盒号). */
export const filePayloadSchema = fieldsObject({ box: optionalText('卷盒号', 30) })

/** Each event's payload schema; `applyEvent` parses the payload with it before anything else. */
export const EVENT_SCHEMAS = {
  request: appointmentRequestSchema,
  dispatch: dispatchPayloadSchema,
  redispatch: redispatchPayloadSchema,
  assign: assignPayloadSchema,
  confirm: confirmPayloadSchema,
  confirmPart: confirmPartPayloadSchema,
  proposeChange: proposeChangePayloadSchema,
  decideChange: decideChangePayloadSchema,
  forceMajeure: forceMajeurePayloadSchema,
  reschedule: reschedulePayloadSchema,
  cancel: cancelPayloadSchema,
  start: startPayloadSchema,
  markLate: markLatePayloadSchema,
  complete: completePayloadSchema,
  acknowledge: acknowledgePayloadSchema,
  split: splitPayloadSchema,
  recordAttempt: recordAttemptPayloadSchema,
  markNoShow: markNoShowPayloadSchema,
  paperSign: paperSignPayloadSchema,
  file: filePayloadSchema,
}

export type EventType = keyof typeof EVENT_SCHEMAS

/** The parsed payload of an event. */
export type EventPayload<K extends EventType> = v.InferOutput<(typeof EVENT_SCHEMAS)[K]>

/**
 * An event as `applyEvent` takes it: its type, its payload, and for an
 * existing appointment the version the caller saw.
 */
export type AppointmentEvent<K extends EventType = EventType> = {
  [T in K]: { type: T; version?: number } & v.InferInput<(typeof EVENT_SCHEMAS)[T]>
}[K]
