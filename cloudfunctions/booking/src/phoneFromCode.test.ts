import { phoneFromCode } from './phoneFromCode'

const wechatError = (errCode: number) => Object.assign(new Error(`openapi.phonenumber.getPhoneNumber:fail ${errCode}`), { errCode })

describe('exchanging the phone-number button’s code (R7)', () => {
  it('answers the number without the country code', async () => {
    const get = jest.fn().mockResolvedValue({ errCode: 0, phoneInfo: { phoneNumber: '+86 13800138000', purePhoneNumber: '13800138000', countryCode: '86' } })
    expect(await phoneFromCode('abc123', get)).toEqual({ ok: true, data: { phone: '13800138000' } })
    expect(get).toHaveBeenCalledWith({ code: 'abc123' })
  })

  it('says a used or expired code (40029) is no longer valid, on the code field', async () => {
    const answer = await phoneFromCode('used', jest.fn().mockRejectedValue(wechatError(40029)))
    expect(answer).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '微信手机号授权已失效，请重新点击或直接输入手机号', fields: { code: '微信手机号授权已失效，请重新点击或直接输入手机号' } },
    })
  })

  it('says typing the number still works when WeChat cannot be asked (no permission, network)', async () => {
    for (const failure of [wechatError(-604101), new Error('socket hang up')]) {
      const answer = await phoneFromCode('abc', jest.fn().mockRejectedValue(failure))
      expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: '暂时无法获取微信绑定的手机号，请直接输入' } })
    }
  })

  it('treats an answer without a number as a failure', async () => {
    expect(await phoneFromCode('abc', jest.fn().mockResolvedValue({ errCode: 0 }))).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })
})
