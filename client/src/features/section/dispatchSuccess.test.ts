import { dispatchSuccess } from './dispatchSuccess'

describe('the dispatch success message (R9, R13)', () => {
  it('R9 names the window told and the next step', () => {
    expect(dispatchSuccess('2号窗口（市场主体登记）', [])).toBe(
      '派单成功，已通知2号窗口（市场主体登记）。下一步：窗口负责人指派经办人，经办人联系申请人确认时间。可在“全部预约”中查看。',
    )
  })
  it('R13 names the assisting windows too', () => {
    expect(dispatchSuccess('2号窗口（市场主体登记）', ['10号窗口（税费缴纳）'])).toContain('已通知2号窗口（市场主体登记）和配合窗口10号窗口（税费缴纳）。')
  })
})
