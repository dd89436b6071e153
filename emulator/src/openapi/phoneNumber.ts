import { randomBytes } from 'node:crypto'

import type { DevStore, PhoneInfo } from '../devstore/devStore'
import type { WxAnswer } from './subscribeMessage'

/** A `getPhoneNumber` button code lives five minutes and is good once. */
const CODE_LIFETIME_MS = 5 * 60 * 1000

/** Mints the code the H5 build's "phone number" button hands the page (dev only). */
export function mintPhoneCode(store: DevStore, phoneNumber: string, nowMs: number): { code: string; expiresIn: number } {
  const code = randomBytes(16).toString('hex')
  const info: PhoneInfo = { phoneNumber, purePhoneNumber: phoneNumber.replace(/^\+?86-?/, ''), countryCode: '86' }
  store.savePhoneCode(code, info, nowMs + CODE_LIFETIME_MS)
  return { code, expiresIn: CODE_LIFETIME_MS / 1000 }
}

/** `phonenumber.getPhoneNumber({ code })` as WeChat answers it. */
export function getPhoneNumber(params: Record<string, unknown>, store: DevStore, nowMs: number, appid: string): WxAnswer {
  const info = typeof params.code === 'string' ? store.takePhoneCode(params.code, nowMs) : undefined
  if (!info) return { errcode: 40029, errmsg: 'invalid code' }
  return {
    errcode: 0,
    errmsg: 'ok',
    phone_info: {
      phoneNumber: info.phoneNumber,
      purePhoneNumber: info.purePhoneNumber,
      countryCode: info.countryCode,
      watermark: { timestamp: Math.floor(nowMs / 1000), appid },
    },
  }
}
