import { fail, ok, pageInputSchema, slicePage } from '@shared/api'
import { adminLossRefusal, staffFieldsSchema, staffRefSchema, type Staff } from '@shared/org'
import { findEvery } from '../../../server/findEvery'
import { guarded } from '../../../server/guard'
import { newId, newInviteCode } from '../../../server/ids'
import { inviteRepository, windowRepository } from '../../../server/repositories/org'
import { settingsRepository } from '../../../server/repositories/settings'
import { staffRepository } from '../../../server/repositories/staff'

const HOUR = 3_600_000

/** Staff as an admin sees them: whether bound to a WeChat user, never the OPENID itself. */
const view = ({ openid, ...staff }: Staff) => ({ ...staff, bound: Boolean(openid) })

/** `staff.list`: a page of the staff records, active or revoked, by name, with how many there are. */
export const listStaff = guarded(['admin'], pageInputSchema, async (input, ctx) => {
  const staff = await findEvery(staffRepository(ctx.db), {}, [['name', 'asc']])
  return ok(slicePage(staff.map(view), input))
})

/**
 * `staff.upsert`: a staff record with roles and window; edits carry the
 * version they started from. An edit that takes the admin role from an
 * active admin is saved counting the admins left (`adminLossRefusal`: not
 * one's own, not the last one).
 */
export const upsertStaff = guarded(['admin'], staffFieldsSchema, async (input, ctx, actor) => {
  const staff = staffRepository(ctx.db)
  let departmentId: string | undefined
  if (input.windowId) {
    const window = await windowRepository(ctx.db).get(input.windowId)
    if (!window) return fail('INVALID_INPUT', '所属窗口不存在', { windowId: '所属窗口不存在' })
    departmentId = window.departmentId
  }
  const fields = { name: input.name, roles: input.roles, windowId: input.windowId, departmentId }
  if (!input.id) {
    const record: Staff = { id: newId('staff'), ...fields, active: true, version: 1 }
    await staff.insert(record)
    return ok({ staff: view(record) })
  }
  if (!input.version) return fail('INVALID_INPUT', '版本号缺失，请刷新后重试', { version: '版本号缺失' })
  const version = input.version
  if (!input.roles.includes('admin') && (await staff.get(input.id))?.roles.includes('admin')) {
    const saved = await staff.changeCountingAdmins(input.id, (current, otherActiveAdmins) => {
      if (current.version !== version) return fail('CONFLICT', '该人员信息已被他人修改，请刷新后重试')
      const next: Staff = { ...current, ...fields, version: version + 1 }
      return adminLossRefusal({ self: actor.staff?.id === current.id, before: current, after: next, otherActiveAdmins }) ?? ok(next)
    })
    return saved.ok ? ok({ staff: view(saved.data) }) : saved
  }
  // undefined never reaches the database: a staff member moved off their window loses it explicitly.
  const _ = ctx.db.command
  const changed = await staff.updateWhere(
    { _id: input.id, version: input.version },
    { ...fields, windowId: input.windowId ?? _.remove(), departmentId: departmentId ?? _.remove(), version: input.version + 1 },
  )
  if (changed !== 1) {
    return (await staff.get(input.id)) ? fail('CONFLICT', '该人员信息已被他人修改，请刷新后重试') : fail('NOT_FOUND', '没有找到该人员')
  }
  const saved = await staff.get(input.id)
  return saved ? ok({ staff: view(saved) }) : fail('NOT_FOUND', '没有找到该人员')
})

/** `staff.invite`: a single-use code, valid for `inviteTtlHours`, that the staff member redeems in the app. */
export const inviteStaff = guarded(['admin'], staffRefSchema, async (input, ctx, actor) => {
  const target = await staffRepository(ctx.db).get(input.staffId)
  if (!target || !target.active) return fail('NOT_FOUND', '没有找到该人员或已停用')
  const { settings } = await settingsRepository(ctx.db).load()
  const invite = {
    id: newId('invite'),
    code: newInviteCode(),
    staffId: target.id,
    expiresAt: ctx.now().getTime() + settings.inviteTtlHours * HOUR,
    createdBy: actor.openid,
  }
  await inviteRepository(ctx.db).insert(invite)
  return ok({ code: invite.code, expiresAt: invite.expiresAt, staffId: target.id })
})

/**
 * `staff.revoke`: stops a staff member; their WeChat user loses every staff
 * right at once. Not oneself; an active admin is stopped counting the
 * admins left (`adminLossRefusal`: never the last one).
 */
export const revokeStaff = guarded(['admin'], staffRefSchema, async (input, ctx, actor) => {
  if (actor.staff?.id === input.staffId) return fail('CONFLICT', '不能停用自己的账号')
  const staff = staffRepository(ctx.db)
  const target = await staff.get(input.staffId)
  if (target?.active && target.roles.includes('admin')) {
    const saved = await staff.changeCountingAdmins(input.staffId, (current, otherActiveAdmins) => {
      const { openid: _openid, ...unbound } = current
      const next: Staff = { ...unbound, active: false, version: current.version + 1 }
      return adminLossRefusal({ self: false, before: current, after: next, otherActiveAdmins }) ?? ok(next)
    })
    return saved.ok ? ok({ staffId: input.staffId, active: false }) : saved
  }
  const _ = ctx.db.command
  const changed = await staff.updateWhere({ _id: input.staffId, active: true }, { active: false, openid: _.remove(), version: _.inc(1) })
  if (changed !== 1 && !(await staff.get(input.staffId))) return fail('NOT_FOUND', '没有找到该人员')
  return ok({ staffId: input.staffId, active: false })
})
