import { holidayRow } from './holidayRow'

const national = { name: '国庆节', start: '2026-10-01', end: '2026-10-07', bookingDeadline: '2026-09-30T17:00:00+08:00' }
const before = '2026-09-26T10:00:00+08:00'

describe('a coming holiday on the home page (R6)', () => {
  it('offers booking while the server says it is open', () => {
    expect(holidayRow({ ...national, open: true }, before)).toEqual({
      name: '国庆节',
      dates: '10月1日—10月7日',
      deadline: '9月30日 17:00 前预约',
      badge: { label: '可预约', tone: 'open' },
      open: true,
    })
  })

  it('says 今天 and the time left on the last booking day', () => {
    expect(holidayRow({ ...national, open: true }, '2026-09-30T14:45:00+08:00').deadline).toBe('今天17:00截止，还剩2小时15分')
  })

  it('says closed once the server says so, and is no way into booking', () => {
    const row = holidayRow({ ...national, open: false }, '2026-09-30T17:01:00+08:00')
    expect(row.badge).toEqual({ label: '已截止', tone: 'closed' })
    expect(row.deadline).toBe('9月30日 17:00 前预约')
    expect(row.open).toBe(false)
  })

  it('offers nothing when the days before the holiday are not in the calendar yet', () => {
    const row = holidayRow({ name: '元旦', start: '2027-01-01', end: '2027-01-03', bookingDeadline: null, open: false }, before)
    expect(row.badge.label).toBe('待公布')
    expect(row.deadline).not.toContain('前预约')
    expect(row.open).toBe(false)
  })

  it('shows the years of a holiday crossing into the next year, and of one next year', () => {
    const crossing = { name: '元旦', start: '2026-12-31', end: '2027-01-02', bookingDeadline: '2026-12-30T17:00:00+08:00', open: true }
    expect(holidayRow(crossing, '2026-12-20T10:00:00+08:00').dates).toBe('2026年12月31日—2027年1月2日')
    const nextYear = { name: '元旦', start: '2027-01-01', end: '2027-01-03', bookingDeadline: '2026-12-31T17:00:00+08:00', open: true }
    expect(holidayRow(nextYear, '2026-12-20T10:00:00+08:00').dates).toBe('2027年1月1日—1月3日')
  })
})
