import { action, fail, ok } from '@shared/api'
import { maskPhone, phoneCodeSchema } from '@shared/appointments'
import type { ActionContext } from '@server/context'
import { claimRegistrations } from '@server/appointments/claimRegistrations'
import { verifiedPhoneRepository } from '@server/repositories/verifiedPhones'
import { phoneFromCode, wechatGetPhoneNumber, type PhoneCodeWords } from './phoneFromCode'

/** Here the number is never typed: only WeChat's button proves it (R7). */
const CLAIM_WORDS: PhoneCodeWords = {
  invalid: '微信手机号授权已失效，请重新点击“用手机号查找”按钮',
  unavailable: '暂时无法通过微信验证手机号，请稍后再试',
}

/**
 * `appointments.claimByPhone` (认领, R7): the code of WeChat's phone-number
 * button is exchanged here, on the server, for the number WeChat verified
 * for the caller — never a typed one. The number is kept for the caller
 * (`verifiedPhones`), so the desk's later registrations for it are theirs
 * at once, and every registration already made for it that nobody has
 * claimed becomes the caller's, as if booked in the app. A refused code
 * links nothing and keeps nothing. Answers how many were linked and the
 * number, masked. Requests: 2 to 3 for the number, 1 to find, 1 per link.
 */
export const claimByPhoneAction = action(phoneCodeSchema, async (input, ctx: ActionContext) => {
  const openid = ctx.caller.openid
  if (!openid) return fail('UNAUTHENTICATED')
  const exchanged = await phoneFromCode(input.code, wechatGetPhoneNumber, CLAIM_WORDS)
  if (!exchanged.ok) return exchanged
  const { phone } = exchanged.data
  const now = ctx.now().getTime()
  await verifiedPhoneRepository(ctx.db).record(openid, phone, now)
  const claimed = await claimRegistrations(ctx, { openid, phone }, now)
  return ok({ claimed, phone: maskPhone(phone) })
})
