import * as v from 'valibot'
import { fieldsObject } from '../api'
import { idSchema } from '../ids'
import { optionalText, requiredText } from '../text'
import { ROLES } from './roles'

const name = (label: string, max: number) => requiredText(label, max, 'one')

export const departmentFieldsSchema = fieldsObject({
  id: v.optional(idSchema('部门编号')),
  name: name('部门名称', 30),
  shortName: v.optional(name('部门简称', 10)),
  order: v.optional(v.pipe(v.number('排序必须是数字'), v.integer('排序必须是整数'), v.minValue(0, '排序不能小于0'), v.maxValue(999, '排序不能大于999')), 0),
})

export const windowFieldsSchema = fieldsObject({
  id: v.optional(idSchema('窗口编号')),
  departmentId: idSchema('所属部门'),
  name: name('窗口名称', 30),
  number: v.pipe(v.string('请填写窗口号'), v.trim(), v.regex(/^[A-Za-z0-9-]{1,8}$/, '窗口号只能是1-8位字母或数字')),
  location: optionalText('位置', 30, 'one'),
})

export const staffFieldsSchema = v.pipe(
  fieldsObject({
    id: v.optional(idSchema('人员编号')),
    name: name('姓名', 20),
    roles: v.pipe(
      v.array(v.picklist(ROLES, '角色不正确'), '请选择角色'),
      v.minLength(1, '请至少选择一个角色'),
      v.maxLength(ROLES.length, '角色不正确'),
    ),
    windowId: v.optional(idSchema('所属窗口')),
    version: v.optional(v.pipe(v.number('版本号格式不正确，请刷新后重试'), v.integer('版本号格式不正确，请刷新后重试'), v.minValue(1, '版本号格式不正确，请刷新后重试'))),
  }),
  v.check((s) => !s.roles.some((r) => r === 'leader' || r === 'staff') || Boolean(s.windowId), '窗口负责人和窗口工作人员须选择所属窗口'),
)

/** Invite codes: 8 characters without look-alikes (no 0/O, 1/I/L). */
export const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const INVITE_CODE_LENGTH = 8

export const inviteCodeSchema = v.pipe(
  v.string('请输入邀请码'),
  v.trim(),
  v.toUpperCase(),
  v.regex(new RegExp(`^[${INVITE_ALPHABET}]{${INVITE_CODE_LENGTH}}$`), '邀请码应为8位字母或数字'),
)

/** `catalog` `staff.redeem`. */
export const redeemInputSchema = v.object({ code: inviteCodeSchema })

/** `admin` `staff.invite` and `staff.revoke`. */
export const staffRefSchema = v.object({ staffId: idSchema('人员') })
