import * as v from 'valibot'
import { fieldsObject, requestIdSchema } from '../api'
import { idSchema } from '../ids'
import { requiredText, text } from '../text'
import { isCivilDate, isCivilTime, supportedDate } from '../time'

const time = (label: string) => v.pipe(v.string(`请选择${label}`), v.check(isCivilTime, `${label}格式应为 HH:mm`))

/**
 * `counter` `leave.request` (R24): a day and either a span (`start`–`end`)
 * or a number of hours from `start` (default 08:30), a covering colleague
 * and a reason.
 */
export const leaveRequestInputSchema = v.pipe(
  fieldsObject({
    requestId: requestIdSchema,
    date: v.pipe(v.string('请选择调休日期'), v.check(isCivilDate, '调休日期不是有效的日期'), supportedDate('调休日期')),
    start: v.optional(time('开始时间')),
    end: v.optional(time('结束时间')),
    hours: v.optional(
      v.pipe(
        v.number('调休时长必须是数字'),
        v.check((h) => Number.isInteger(h * 2), '调休时长以半小时为单位'),
        v.minValue(0.5, '调休时长至少半小时'),
        v.maxValue(8, '调休时长一天不超过8小时'),
      ),
    ),
    coverStaffId: idSchema('顶岗同事'),
    reason: requiredText('调休事由', 100),
  }),
  v.forward(
    v.partialCheck([['end'], ['hours']], (p) => (p.end === undefined) !== (p.hours === undefined), '请填写结束时间或调休时长（二选一）'),
    ['end'],
  ),
  v.forward(
    v.partialCheck([['start'], ['end']], (p) => p.end === undefined || (p.start !== undefined && p.start < p.end), '结束时间须晚于开始时间'),
    ['end'],
  ),
)

/** `counter` `leave.decide` (R24): the window leader approves or rejects, with a note when rejecting. */
export const leaveDecideInputSchema = v.pipe(
  fieldsObject({
    leaveId: v.pipe(v.string('请选择调休申请'), v.regex(/^leave-[A-Za-z0-9_-]{1,64}$/, '调休申请格式不正确')),
    decision: v.picklist(['approve', 'reject'], '请选择批准或驳回'),
    note: v.optional(text('说明', 100), ''),
  }),
  v.forward(
    v.partialCheck([['decision'], ['note']], (p) => p.decision === 'approve' || p.note.length > 0, '驳回时请说明理由'),
    ['note'],
  ),
)
