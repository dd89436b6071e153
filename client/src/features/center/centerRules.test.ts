import { DEFAULT_CENTER } from '@shared/settings'
import { centerRules } from './centerRules'

describe("the center page's rules, from the settings in force (R2, R6, R25)", () => {
  const answer = {
    center: DEFAULT_CENTER,
    walkInHours: [
      { start: '08:30', end: '12:00' },
      { start: '13:30', end: '17:00' },
    ],
    bookingCutoff: '17:00',
    perApplicantCap: 3,
  }

  it('states the weekend hours, the deadline and the cap', () => {
    const { walkIn, rules } = centerRules(answer)
    expect(walkIn).toBe('周六、周日（调休上班日除外）窗口照常办理，不用预约：上午8:30-12:00，下午13:30-17:00。')
    expect(rules).toContain('截止时间：节假日前最后一个工作日17:00。')
    expect(rules).toContain('每人每个节假日最多保留3个有效预约。')
  })

  it('follows a changed setting', () => {
    const { rules } = centerRules({ ...answer, bookingCutoff: '09:30', perApplicantCap: 2 })
    expect(rules).toContain('截止时间：节假日前最后一个工作日9:30。')
    expect(rules).toContain('每人每个节假日最多保留2个有效预约。')
  })
})
