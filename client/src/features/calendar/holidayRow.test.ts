import { holidayRow } from './holidayRow'

const national = { name: '国庆节', start: '2026-10-01', end: '2026-10-07', bookingDeadline: '2026-09-30T17:00:00+08:00' }

describe('a coming holiday on the home page (R6)', () => {
  it('offers booking while the server says it is open', () => {
    expect(holidayRow({ ...national, open: true })).toEqual({
      name: '国庆节',
      dates: '10月1日—10月7日',
      deadline: '9月30日 17:00 前预约',
      badge: { label: '可预约', tone: 'open' },
    })
  })

  it('says closed once the server says so', () => {
    expect(holidayRow({ ...national, open: false }).badge).toEqual({ label: '已截止', tone: 'closed' })
  })

  it('offers nothing when the days before the holiday are not in the calendar yet', () => {
    const row = holidayRow({ name: '元旦', start: '2027-01-01', end: '2027-01-03', bookingDeadline: null, open: false })
    expect(row.badge.label).toBe('待公布')
    expect(row.deadline).not.toContain('前预约')
  })
})
