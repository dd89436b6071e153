import { action, fail, ok, type ApiResult } from '@shared/api'
import { phoneCodeSchema } from '@shared/appointments'
import { getCloud } from '@server/cloud'
import type { ActionContext } from '@server/context'

/** `cloud.openapi.phonenumber.getPhoneNumber`: answers WeChat's `phone_info` (camelCased by the SDK) or throws with `errCode`. */
export type GetPhoneNumber = (params: { code: string }) => Promise<unknown>

/** WeChat's answer for a code that is wrong, used or older than 5 minutes (docs/platform.md). */
const INVALID_CODE = 40029

/** What a refused code and an exchange that failed otherwise say to the citizen. */
export interface PhoneCodeWords {
  invalid: string
  unavailable: string
}

/** The booking form's words: the number can still be typed there (R7). */
const FORM_WORDS: PhoneCodeWords = {
  invalid: '微信手机号授权已失效，请重新点击或直接输入手机号',
  unavailable: '暂时无法获取微信绑定的手机号，请直接输入',
}

/**
 * The phone number a `getPhoneNumber` button's one-use code stands for
 * (R7: typed, or WeChat's button where the account allows it). A refused
 * code is `INVALID_INPUT` on `code`; any other failure (no openapi permission,
 * network) is `INTERNAL`; each says `words` in Chinese (by default that the
 * number can be typed).
 */
export async function phoneFromCode(code: string, getPhoneNumber: GetPhoneNumber, words: PhoneCodeWords = FORM_WORDS): Promise<ApiResult<{ phone: string }>> {
  let answer: { phoneInfo?: { purePhoneNumber?: unknown }; phone_info?: { purePhoneNumber?: unknown } }
  try {
    answer = (await getPhoneNumber({ code })) as typeof answer
  } catch (error) {
    if ((error as { errCode?: unknown } | null)?.errCode === INVALID_CODE) return fail('INVALID_INPUT', words.invalid, { code: words.invalid })
    return fail('INTERNAL', words.unavailable)
  }
  const phone = (answer?.phoneInfo ?? answer?.phone_info)?.purePhoneNumber
  if (typeof phone !== 'string' || phone === '') return fail('INTERNAL', words.unavailable)
  return ok({ phone })
}

/** The real exchange, `cloud.openapi.phonenumber.getPhoneNumber` (its permission is in cloudbaserc.json). */
export const wechatGetPhoneNumber: GetPhoneNumber = (params) =>
  (getCloud() as unknown as { openapi: { phonenumber: { getPhoneNumber: GetPhoneNumber } } }).openapi.phonenumber.getPhoneNumber(params)

/**
 * `phone.fromCode`: exchanges the code of the booking form's phone-number
 * button for the number, which the form puts in its phone field. Reads and
 * writes nothing: the number is the caller's to keep or change.
 */
export const phoneFromCodeAction = action(phoneCodeSchema, async (input, ctx: ActionContext) => {
  if (!ctx.caller.openid) return fail('UNAUTHENTICATED')
  return phoneFromCode(input.code, wechatGetPhoneNumber)
})
