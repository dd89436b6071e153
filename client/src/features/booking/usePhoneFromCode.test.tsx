import { act, renderHook } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { NO_PHONE_CODE, usePhoneFromCode } from './usePhoneFromCode'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

beforeEach(() => call.mockReset())

describe('the phone-number button (R7)', () => {
  it('exchanges the button’s code and fills the phone field with the number', async () => {
    call.mockResolvedValue(ok({ phone: '13800138000' }))
    const onPhone = jest.fn()
    const { result } = renderHook(() => usePhoneFromCode(onPhone))
    await act(() => result.current.exchange('code-1'))
    expect(call).toHaveBeenCalledWith('booking', 'phone.fromCode', { code: 'code-1' })
    expect(onPhone).toHaveBeenCalledWith('13800138000')
    expect(result.current.message).toBeUndefined()
  })

  it('says so in Chinese and leaves the field as it was when the exchange is refused', async () => {
    call.mockResolvedValue(fail('INVALID_INPUT', '微信手机号授权已失效，请重新点击或直接输入手机号'))
    const onPhone = jest.fn()
    const { result } = renderHook(() => usePhoneFromCode(onPhone))
    await act(() => result.current.exchange('used'))
    expect(onPhone).not.toHaveBeenCalled()
    expect(result.current.message).toBe('微信手机号授权已失效，请重新点击或直接输入手机号')
  })

  it('asks to type the number when the button gave no code (declined, or the account may not use it)', async () => {
    const onPhone = jest.fn()
    const { result } = renderHook(() => usePhoneFromCode(onPhone))
    await act(() => result.current.exchange(undefined))
    expect(call).not.toHaveBeenCalled()
    expect(onPhone).not.toHaveBeenCalled()
    expect(result.current.message).toBe(NO_PHONE_CODE)
  })
})
