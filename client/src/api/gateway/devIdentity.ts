import Taro from '@tarojs/taro'

/**
 * In the H5 build the caller is named to the local emulator by an OPENID kept
 * on the device (the dev bar switches it). On a phone WeChat names the caller
 * and this is never read.
 */
export const DEV_OPENID_KEY = 'dev.openid'

export function devOpenid(): string {
  const value = Taro.getStorageSync(DEV_OPENID_KEY)
  return typeof value === 'string' ? value : ''
}

export function setDevOpenid(openid: string): void {
  Taro.setStorageSync(DEV_OPENID_KEY, openid)
}
