import * as v from 'valibot'
import { requestIdSchema } from '../api'
import { idSchema } from '../ids'
import { creditCodeSchema } from '../org/creditCode'
import { CHANNELS } from './appointment'
import { civilDate, civilTime, fieldsObject, optionalText, requiredText } from './fields'

/** At most this many items in one request, served in one visit. */
export const MAX_ITEMS_PER_APPOINTMENT = 5

/** A company's registered name may be long (有限责任公司 of a group, a branch of a branch). */
export const COMPANY_NAME_MAX = 100

/** A mainland mobile number, or a landline with its area code such as the centre's own 0533-3618118 (R7). */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/

/**
 * A holiday appointment request (R6, R7, R8), as a citizen sends it from the
 * mini-program or the desk enters it for a citizen (channel `desk` or `phone`).
 */
export const appointmentRequestSchema = fieldsObject({
  requestId: requestIdSchema,
  itemIds: v.pipe(
    v.array(idSchema('办理事项'), '请选择办理事项'),
    v.minLength(1, '请选择办理事项'),
    v.maxLength(MAX_ITEMS_PER_APPOINTMENT, `一次预约最多选择${MAX_ITEMS_PER_APPOINTMENT}个事项`),
    v.check((ids) => new Set(ids).size === ids.length, '办理事项不能重复'),
  ),
  date: civilDate('预约日期'),
  halfDay: v.optional(v.picklist(['am', 'pm'], '预约时段应为上午或下午')),
  time: v.optional(civilTime('期望时间')),
  applicant: fieldsObject(
    {
      // the name goes on the registration form (R8): one line of plain text; for a company, its contact person
      name: requiredText('申请人姓名', 20, 'one'),
      phone: v.pipe(v.string('请填写联系电话'), v.trim(), v.regex(PHONE_PATTERN, '联系电话应为手机号或带区号的固定电话')),
      // A company applies in its own name (R7: 企业和群众): its full registered name and credit code.
      company: v.optional(
        fieldsObject(
          {
            name: requiredText('企业名称', COMPANY_NAME_MAX, 'one'),
            creditCode: creditCodeSchema,
          },
          '请填写企业信息',
        ),
      ),
    },
    '请填写申请人信息',
  ),
  note: optionalText('备注', 200),
  channel: v.optional(v.picklist(CHANNELS, '预约渠道不正确')),
})

export type AppointmentRequest = v.InferOutput<typeof appointmentRequestSchema>
