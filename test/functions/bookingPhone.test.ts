import { startCloud, type Cloud } from '../support/cloud'

/**
 * `booking` `phone.fromCode` on the emulator (R7): the code of WeChat's
 * phone-number button, minted here by `/__dev/phonecode` as the button
 * would hand it to the page, exchanged through the real
 * `cloud.openapi.phonenumber.getPhoneNumber`.
 */
const ZHANG = 'oEXAMPLE_citizen_zhang'

let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
}, 60_000)
afterAll(() => cloud?.close())

async function phoneCode(phoneNumber?: string): Promise<string> {
  const res = await fetch(`${cloud.url}/__dev/phonecode`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(phoneNumber ? { phoneNumber } : {}),
  })
  return ((await res.json()) as { code: string }).code
}

describe('the phone-number button’s code (R7)', () => {
  it('R7 answers the WeChat-bound number for a fresh code', async () => {
    const answer = await cloud.call('booking', 'phone.fromCode', { code: await phoneCode('13912345678') }, ZHANG)
    expect(answer).toEqual({ ok: true, data: { phone: '13912345678' } })
  })

  it('R7 refuses a code used once already, in Chinese, on the code field', async () => {
    const code = await phoneCode()
    expect((await cloud.call('booking', 'phone.fromCode', { code }, ZHANG)).ok).toBe(true)
    const again = await cloud.call('booking', 'phone.fromCode', { code }, ZHANG)
    expect(again).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { code: '微信手机号授权已失效，请重新点击或直接输入手机号' } } })
  })

  it('refuses a malformed or missing code before asking WeChat', async () => {
    const bad = await cloud.call('booking', 'phone.fromCode', { code: 'not a code!' }, ZHANG)
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { code: '手机号授权码格式不正确，请重新点击按钮' } } })
    const missing = await cloud.call('booking', 'phone.fromCode', {}, ZHANG)
    expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { code: '缺少手机号授权码，请重新点击按钮' } } })
  })
})
