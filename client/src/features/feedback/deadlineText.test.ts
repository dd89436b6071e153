import { deadlineText } from './deadlineText'

const due = Date.parse('2026-10-15T17:00:00+08:00')

describe('the follow-up deadline line (R20)', () => {
  it('gives the deadline on the Beijing clock', () => {
    expect(deadlineText({ dueAt: due, overdue: false })).toBe('处理期限：2026年10月15日 17:00')
  })
  it('marks it overdue', () => {
    expect(deadlineText({ dueAt: due, overdue: true })).toBe('处理期限：2026年10月15日 17:00（已超期）')
  })
  it('says when it was handled once resolved', () => {
    expect(deadlineText({ dueAt: due, overdue: false, resolvedAt: Date.parse('2026-10-12T09:05:00+08:00') })).toBe('已于 2026年10月12日 09:05 处理')
  })
})
