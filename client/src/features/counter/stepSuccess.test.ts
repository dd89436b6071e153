import { viewOf } from '../booking/fixtures'
import { stepSuccess } from './stepSuccess'
import { serviceTimes } from './workTimes'

const confirmed = viewOf({ status: 'confirmed', date: '2026-10-05', agreedTime: '14:30' })

describe('every window step says it succeeded and what comes next (issue 16)', () => {
  it('confirm: where and when to be', () => {
    expect(stepSuccess('confirm', confirmed)).toEqual({ toast: '已确认预约', line: '已确认，请在10月5日 14:30前到岗' })
  })
  it('assign: to whom, and that they call next', () => {
    expect(stepSuccess('assign', viewOf({ status: 'assigned' }), '周萍').line).toBe('已分配给周萍，下一步由经办人联系申请人、告知材料并确认时间')
  })
  it('markLate: given up counts as served (R18), else keep waiting', () => {
    expect(stepSuccess('markLate', viewOf({ status: 'abandoned' })).line).toContain('计为已服务')
    expect(stepSuccess('markLate', confirmed).line).toContain('继续等候')
  })
  it.each(['assign', 'confirm', 'confirmPart', 'proposeChange', 'forceMajeure', 'markLate', 'start', 'complete', 'paperSign'] as const)(
    '%s has a short toast and a line in Chinese with no code or ISO date',
    (step) => {
      const said = stepSuccess(step, confirmed, '周萍')
      expect(said.toast.length).toBeGreaterThan(0)
      expect(said.toast.length).toBeLessThanOrEqual(7)
      expect(said.line).toMatch(/^[\u4e00-\u9fa5]/)
      expect(said.line).not.toMatch(/[A-Za-z]|\d{4}-\d{2}|HH:mm/)
    },
  )
})

describe('service times (R19)', () => {
  it('reads Beijing date and 24-hour times, whatever TZ the phone has', () => {
    expect(serviceTimes({ startedAt: Date.parse('2026-10-02T09:05:00+08:00'), endedAt: Date.parse('2026-10-02T15:40:00+08:00'), minutes: 35 })).toBe('10月2日 9:05—15:40（35分钟）')
  })
})
