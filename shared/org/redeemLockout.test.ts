import { FREE_REDEEM_ATTEMPTS, redeemLockedUntil, redeemWaitMessage, type RedeemAttempts } from './redeemLockout'

const T = Date.parse('2026-10-08T09:00:00+08:00')
const MIN = 60_000
const after = (failures: number, lastAt = T): RedeemAttempts => ({ id: 'redeem-o1', failures, lastAt, version: failures })

describe('waiting after wrong invite codes (issue 13, item 7)', () => {
  it(`lets an account try ${FREE_REDEEM_ATTEMPTS - 1} misses without waiting`, () => {
    expect(redeemLockedUntil(null, T)).toBe(0)
    expect(redeemLockedUntil(after(FREE_REDEEM_ATTEMPTS - 1), T)).toBe(0)
  })

  it.each([
    [5, 1],
    [6, 2],
    [7, 4],
    [10, 32],
    [40, 24 * 60],
  ])('after %i misses waits %i minutes from the last', (failures, minutes) => {
    expect(redeemLockedUntil(after(failures), T + 1000)).toBe(T + minutes * MIN)
  })

  it('lets the account try again once the wait is over', () => {
    expect(redeemLockedUntil(after(6), T + 2 * MIN)).toBe(0)
  })

  it('starts over after a quiet day', () => {
    expect(redeemLockedUntil(after(40), T + 24 * 60 * MIN)).toBe(0)
  })

  it('says how long to wait in Chinese', () => {
    expect(redeemWaitMessage(T + 90_000, T)).toBe('邀请码输错次数过多，请2分钟后再试；如有疑问请联系管理员')
    expect(redeemWaitMessage(T + 5 * 60 * MIN, T)).toBe('邀请码输错次数过多，请5小时后再试；如有疑问请联系管理员')
  })
})
