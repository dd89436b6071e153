import { action, fail, ok } from '@shared/api'
import { redeemInputSchema, redeemWaitMessage } from '@shared/org'
import type { ActionContext } from '../../../server/context'
import { inviteRepository } from '../../../server/repositories/org'
import { redeemAttemptsRepository } from '../../../server/repositories/redeemAttempts'
import { staffRepository } from '../../../server/repositories/staff'

/**
 * `staff.redeem`: binds the caller's OPENID to the staff record an invite
 * names. The code is single-use (a conditional update takes it once, even
 * on a double tap) and expires. Every attempt is counted against the
 * caller's account before the code is looked up; after a few misses that
 * account waits a growing while (`LIMIT_REACHED`), others are not affected
 * (issue 13, item 7).
 */
export const redeemInvite = action(redeemInputSchema, async (input, ctx: ActionContext) => {
  const openid = ctx.caller.openid
  if (!openid) return fail('UNAUTHENTICATED')
  const now = ctx.now().getTime()
  const attempts = redeemAttemptsRepository(ctx.db)
  const claim = await attempts.claim(openid, now)
  if (claim.kind === 'locked') return fail('LIMIT_REACHED', redeemWaitMessage(claim.until, now))
  if (claim.kind === 'busy') return fail('LIMIT_REACHED', '上一次输入的邀请码还在核对，请稍后再试')
  const invites = inviteRepository(ctx.db)
  const staff = staffRepository(ctx.db)
  const [invite] = await invites.find({ code: input.code }, { limit: 1 })
  if (!invite) return fail('NOT_FOUND', '邀请码不正确，请核对后重新输入')
  if (invite.usedAt) return fail('CONFLICT', '该邀请码已被使用，请向管理员重新申请')
  if (invite.expiresAt <= now) return fail('CONFLICT', '该邀请码已过期，请向管理员重新申请')
  const bound = await staff.findActiveByOpenid(openid)
  if (bound && bound.id !== invite.staffId) return fail('CONFLICT', '您的微信已绑定其他工作人员身份')
  const target = await staff.get(invite.staffId)
  if (!target || !target.active) return fail('NOT_FOUND', '该工作人员已停用，请联系管理员')
  const _ = ctx.db.command
  const taken = await invites.updateWhere({ _id: invite.id, usedAt: _.exists(false) }, { usedAt: now, usedBy: openid })
  if (taken !== 1) return fail('CONFLICT', '该邀请码已被使用，请向管理员重新申请')
  await staff.updateWhere({ _id: target.id }, { openid, version: _.inc(1) })
  await attempts.succeeded(openid, claim.version)
  return ok({ staff: { id: target.id, name: target.name, roles: target.roles, windowId: target.windowId } })
})
