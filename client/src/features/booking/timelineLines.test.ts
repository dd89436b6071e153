import { timelineLines } from './timelineLines'

const at = (beijing: string) => Date.parse(`${beijing}+08:00`)

describe('the appointment history (R8)', () => {
  it('shows each step in Beijing time with who and what, oldest first', () => {
    expect(
      timelineLines([
        { at: at('2026-10-01T09:00:00'), by: 's-1', byRole: 'section', event: 'dispatch', status: 'dispatched' },
        { at: at('2026-09-30T16:59:00'), by: 'o-1', byRole: 'applicant', event: 'request', status: 'submitted' },
        { at: at('2026-10-01T10:00:00'), by: 'o-1', byRole: 'applicant', event: 'cancel', status: 'cancelled', note: '行程有变' },
      ]),
    ).toEqual([
      { when: '2026年9月30日 16:59', what: '申请人 提交预约 → 已提交' },
      { when: '2026年10月1日 09:00', what: '管理科 派单 → 已派单' },
      { when: '2026年10月1日 10:00', what: '申请人 取消预约 → 已取消', note: '行程有变' },
    ])
  })
})
