import { cancelReason, COMMON_CANCEL_REASONS } from './cancelReason'

describe('the reason stored with a cancellation (R15)', () => {
  it('is the tapped reason, the typed one, or both', () => {
    expect(cancelReason('材料没准备齐', '')).toBe('材料没准备齐')
    expect(cancelReason(undefined, ' 行程有变 ')).toBe('行程有变')
    expect(cancelReason('材料没准备齐', '户口本找不到')).toBe('材料没准备齐：户口本找不到')
    expect(cancelReason(undefined, '  ')).toBe('')
  })

  it('offers short reasons within the 100 characters a reason may have', () => {
    expect(COMMON_CANCEL_REASONS.every((r) => r.length > 0 && r.length <= 20)).toBe(true)
  })
})
