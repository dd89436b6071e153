import * as v from 'valibot'
import { fieldsObject } from '../api'
import { idSchema } from '../ids'
import { optionalText, requiredText, text } from '../text'
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
  }),
  v.check((item) => !item.assistingDepartmentIds.includes(item.departmentId), '配合部门不能与主办部门相同'),
  v.check((item) => new Set(item.modes).size === item.modes.length, '服务方式重复'),
)

export type ItemFields = v.InferOutput<typeof itemFieldsSchema>
