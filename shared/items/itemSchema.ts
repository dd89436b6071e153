import * as v from 'valibot'
import { fieldsObject } from '../api'
import { idSchema } from '../ids'
import { optionalText, requiredText, text } from '../text'
import { PHONE_PATTERN } from '../appointments/appointmentRequestSchema'
import { ITEM_LIMITS, MAX_HANDLING_MINUTES } from './limits'

/** One material (一次性告知, R11). */
export const materialSchema = fieldsObject({
  name: requiredText('材料名称', ITEM_LIMITS.materialName, 'one'),
  copies: v.pipe(
    v.number('份数必须是数字'),
    v.integer('份数必须是整数'),
    v.minValue(1, '份数至少为1份'),
    v.maxValue(ITEM_LIMITS.copies, `份数不能超过${ITEM_LIMITS.copies}份`),
  ),
  form: v.picklist(['original', 'copy', 'both'], '请选择原件或复印件'),
  note: optionalText('材料说明', ITEM_LIMITS.materialNote),
})

/** 法定办结时限 or 承诺办结时限: whole working days, 0 for 即办. */
const workingDays = (label: string) =>
  v.optional(
    v.pipe(
      v.number(`${label}必须是数字`),
      v.integer(`${label}必须是整数个工作日`),
      v.minValue(0, `${label}不能小于0（即办件填0）`),
      v.maxValue(ITEM_LIMITS.days, `${label}不能超过${ITEM_LIMITS.days}个工作日`),
    ),
  )

/**
 * The guide's fields beyond the materials (一次性告知, R1): all optional, so
 * an item saved before them still reads; the item page says 请咨询 for a
 * missing one.
 */
const guideEntries = {
  conditions: optionalText('受理条件', ITEM_LIMITS.conditions),
  fee: optionalText('收费标准', ITEM_LIMITS.fee, 'one'),
  legalDays: workingDays('法定办结时限'),
  promisedDays: workingDays('承诺办结时限'),
  location: optionalText('办理地点', ITEM_LIMITS.location, 'one'),
  delivery: v.optional(
    v.pipe(
      v.array(v.picklist(['window', 'post', 'electronic'], '结果送达方式不正确'), '结果送达方式不正确'),
      v.check((ways) => new Set(ways).size === ways.length, '结果送达方式重复'),
    ),
  ),
  phone: v.optional(
    v.pipe(v.string('咨询电话必须是文字'), v.trim(), v.regex(PHONE_PATTERN, '咨询电话应为手机号或带区号的固定电话，如0533-3618118')),
  ),
}

/** What an admin enters for an item (R1, R13, R14). */
export const itemFieldsSchema = v.pipe(
  fieldsObject({
    name: requiredText('事项名称', ITEM_LIMITS.name, 'one'),
    departmentId: idSchema('主办部门'),
    assistingDepartmentIds: v.optional(
      v.pipe(v.array(idSchema('配合部门'), '配合部门格式不正确'), v.maxLength(ITEM_LIMITS.assisting, `配合部门不能超过${ITEM_LIMITS.assisting}个`)),
      [],
    ),
    materials: v.pipe(
      v.array(materialSchema, '材料清单格式不正确'),
      v.maxLength(ITEM_LIMITS.materials, `材料不能超过${ITEM_LIMITS.materials}项`),
    ),
    notes: v.optional(text('注意事项', ITEM_LIMITS.notes), ''),
    modes: v.pipe(
      v.array(v.picklist(['walk-in', 'appointment'], '服务方式不正确'), '请选择服务方式'),
      v.minLength(1, '请至少选择一种服务方式'),
      v.maxLength(2, '服务方式不正确'),
    ),
    estimatedMinutes: v.pipe(
      v.number('预计办理时长必须是数字'),
      v.integer('预计办理时长必须是整数分钟'),
      v.minValue(5, '预计办理时长至少5分钟'),
      v.maxValue(MAX_HANDLING_MINUTES, `预计办理时长不能超过半个工作日（${MAX_HANDLING_MINUTES}分钟）`),
    ),
    ...guideEntries,
  }),
  v.check((item) => !item.assistingDepartmentIds.includes(item.departmentId), '配合部门不能与主办部门相同'),
  v.check((item) => new Set(item.modes).size === item.modes.length, '服务方式重复'),
  v.forward(
    v.partialCheck(
      [['legalDays'], ['promisedDays']],
      (t) => t.legalDays === undefined || t.promisedDays === undefined || t.promisedDays <= t.legalDays,
      '承诺办结时限不能超过法定办结时限',
    ),
    ['promisedDays'],
  ),
)

/** The guide's optional fields, which an edit that leaves one out removes from the stored item. */
export const ITEM_GUIDE_FIELDS = Object.keys(guideEntries) as Array<keyof typeof guideEntries>

export type ItemFields = v.InferOutput<typeof itemFieldsSchema>
