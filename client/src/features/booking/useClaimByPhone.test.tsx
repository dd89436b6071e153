import { act, renderHook } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { claimSentence, NO_CLAIM_CODE, useClaimByPhone } from './useClaimByPhone'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

beforeEach(() => call.mockReset())

describe('finding the registrations made by phone or at the desk (R7)', () => {
  it('R7 sends the button’s code, says how many were found and shows them', async () => {
    call.mockResolvedValue(ok({ claimed: 2, phone: '137****1111' }))
    const onClaimed = jest.fn()
    const { result } = renderHook(() => useClaimByPhone(onClaimed))
    await act(() => result.current.claim('code-1'))
    expect(call).toHaveBeenCalledWith('booking', 'appointments.claimByPhone', { code: 'code-1' })
    expect(result.current.message).toEqual({ text: '已找到2个电话登记的预约，已加入我的预约', error: false })
    expect(onClaimed).toHaveBeenCalledTimes(1)
  })

  it('R7 says none was found for the number, and reloads nothing', async () => {
    call.mockResolvedValue(ok({ claimed: 0, phone: '137****3333' }))
    const onClaimed = jest.fn()
    const { result } = renderHook(() => useClaimByPhone(onClaimed))
    await act(() => result.current.claim('code-2'))
    expect(result.current.message).toEqual({ text: '没有找到该手机号登记的预约', error: false })
    expect(onClaimed).not.toHaveBeenCalled()
  })

  it('R7 shows the server’s Chinese refusal of a used or expired code', async () => {
    call.mockResolvedValue(fail('INVALID_INPUT', '微信手机号授权已失效，请重新点击“用手机号查找”按钮'))
    const onClaimed = jest.fn()
    const { result } = renderHook(() => useClaimByPhone(onClaimed))
    await act(() => result.current.claim('used'))
    expect(result.current.message).toEqual({ text: '微信手机号授权已失效，请重新点击“用手机号查找”按钮', error: true })
    expect(onClaimed).not.toHaveBeenCalled()
  })

  it('R7 asks nothing of the server when the button gave no code (declined)', async () => {
    const { result } = renderHook(() => useClaimByPhone(jest.fn()))
    await act(() => result.current.claim(undefined))
    expect(call).not.toHaveBeenCalled()
    expect(result.current.message).toEqual({ text: NO_CLAIM_CODE, error: true })
  })

  it('R7 says the count in a sentence', () => {
    expect(claimSentence(1)).toBe('已找到1个电话登记的预约，已加入我的预约')
    expect(claimSentence(0)).toBe('没有找到该手机号登记的预约')
  })
})
