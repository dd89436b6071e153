import { agreedWhen, requestedWhen } from './appointmentWhen'

describe('when an appointment is', () => {
  it('names the day with its weekday and the half-day', () => {
    expect(requestedWhen({ date: '2026-10-02', halfDay: 'am' })).toBe('10月2日（周五）上午')
  })

  it('adds a preferred time', () => {
    expect(requestedWhen({ date: '2026-10-02', halfDay: 'pm', preferredTime: '14:30' })).toBe('10月2日（周五）下午 14:30')
  })

  it('says the window will call to agree the time until it is agreed (R11)', () => {
    expect(agreedWhen({})).toBe('约定时间：待窗口联系确认')
    expect(agreedWhen({ agreedTime: '09:00' })).toBe('约定时间：9:00')
  })
})
