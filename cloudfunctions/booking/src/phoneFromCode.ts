import { action, fail, ok, type ApiResult } from '@shared/api'
import { phoneCodeSchema } from '@shared/appointments'
import { getCloud } from '../../../server/cloud'
import type { ActionContext } from '../../../server/context'

/** `cloud.openapi.phonenumber.getPhoneNumber`: answers WeChat's `phone_info` (camelCased by the SDK) or throws with `errCode`. */
export type GetPhoneNumber = (params: { code: string }) => Promise<unknown>

/** WeChat's answer for a code that is wrong, used or older than 5 minutes (platform.md). */
const INVALID_CODE = 40029

/**
 * The phone number a `getPhoneNumber` button's one-use code stands for
 * (R7: typed, or WeChat's button where the account allows it). A refused
 * code is `INVALID_INPUT` on `code`; any other failure (no openapi permission,
 * network) is `INTERNAL`; both say in Chinese that the number can be typed.
 */
export async function phoneFromCode(code: string, getPhoneNumber: GetPhoneNumber): Promise<ApiResult<{ phone: string }>> {
  let answer: { phoneInfo?: { purePhoneNumber?: unknown }; phone_info?: { purePhoneNumber?: unknown } }
  try {
    answer = (await getPhoneNumber({ code })) as typeof answer
  } catch (error) {
    if ((error as { errCode?: unknown } | null)?.errCode === INVALID_CODE) {
      const message = '微信手机号授权已失效，请重新点击或直接输入手机号'
      return fail('INVALID_INPUT', message, { code: message })
    }
    return fail('INTERNAL', '暂时无法获取微信绑定的手机号，请直接输入')
  }
  const phone = (answer?.phoneInfo ?? answer?.phone_info)?.purePhoneNumber
  if (typeof phone !== 'string' || phone === '') return fail('INTERNAL', '暂时无法获取微信绑定的手机号，请直接输入')
  return ok({ phone })
}

/**
 * `phone.fromCode`: exchanges the code of the booking form's phone-number
 * button for the number, which the form puts in its phone field. Reads and
 * writes nothing: the number is the caller's to keep or change.
 */
export const phoneFromCodeAction = action(phoneCodeSchema, async (input, ctx: ActionContext) => {
  if (!ctx.caller.openid) return fail('UNAUTHENTICATED')
  const openapi = (getCloud() as unknown as { openapi: { phonenumber: { getPhoneNumber: GetPhoneNumber } } }).openapi
  return phoneFromCode(input.code, (params) => openapi.phonenumber.getPhoneNumber(params))
})
