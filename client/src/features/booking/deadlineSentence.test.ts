import { deadlineSentence } from './deadlineSentence'

describe('deadlineSentence (R6)', () => {
  it('asks for the request before the deadline in Beijing time', () => {
    expect(deadlineSentence('2026-09-30T17:00:00+08:00')).toBe('请在9月30日17:00前提交')
  })
})
