import { stepsThatApply } from './stepTiming'
import type { CounterAction } from './counterActions'

const at = (iso: string) => Date.parse(iso)
const ALL: CounterAction[] = ['confirm', 'proposeChange', 'markLate', 'forceMajeure', 'start', 'print']
const confirmed = { date: '2026-10-05', agreedTime: '14:30' }

describe('steps offered only when they can apply (R16, R17, R18, R19)', () => {
  it('R18 offers 登记迟到 only from the agreed time + 30 minutes', () => {
    expect(stepsThatApply(ALL, confirmed, at('2026-10-05T14:59:00+08:00'))).not.toContain('markLate')
    expect(stepsThatApply(ALL, confirmed, at('2026-10-05T15:00:00+08:00'))).toContain('markLate')
    expect(stepsThatApply(ALL, { date: '2026-10-05' }, at('2026-10-05T23:00:00+08:00'))).not.toContain('markLate')
  })

  it('R17 offers 不可抗力 on the day before and the day itself, not days before (Beijing dates, whatever TZ)', () => {
    expect(stepsThatApply(ALL, confirmed, at('2026-10-03T23:59:00+08:00'))).not.toContain('forceMajeure')
    expect(stepsThatApply(ALL, confirmed, at('2026-10-04T00:00:00+08:00'))).toContain('forceMajeure')
    expect(stepsThatApply(ALL, confirmed, at('2026-10-05T16:00:00+08:00'))).toContain('forceMajeure')
  })

  it('R16 offers 申请变更 only while the agreed time is more than 12 hours ahead, so never after service is due', () => {
    expect(stepsThatApply(ALL, confirmed, at('2026-10-05T02:29:00+08:00'))).toContain('proposeChange')
    expect(stepsThatApply(ALL, confirmed, at('2026-10-05T02:31:00+08:00'))).not.toContain('proposeChange')
    expect(stepsThatApply(ALL, confirmed, at('2026-10-05T15:00:00+08:00'))).not.toContain('proposeChange')
  })

  it('R19 offers 开始办理 only on the appointment\'s date', () => {
    expect(stepsThatApply(ALL, confirmed, at('2026-10-04T23:59:00+08:00'))).not.toContain('start')
    expect(stepsThatApply(ALL, confirmed, at('2026-10-05T00:00:00+08:00'))).toContain('start')
  })

  it('leaves the other steps and their order as the transition table gave them', () => {
    expect(stepsThatApply(ALL, confirmed, at('2026-09-28T10:00:00+08:00'))).toEqual(['confirm', 'proposeChange', 'print'])
    expect(stepsThatApply(ALL, confirmed, at('2026-10-05T15:10:00+08:00'))).toEqual(['confirm', 'markLate', 'forceMajeure', 'start', 'print'])
  })
})
