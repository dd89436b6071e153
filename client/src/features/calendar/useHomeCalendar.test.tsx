import { renderHook, waitFor } from '@testing-library/react'
import { ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { upcomingAt } from './fixtures'
import { homeCalendarView, useHomeCalendar } from './useHomeCalendar'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.MockedFunction<typeof callCloud>

describe("the home page's calendar, from the server's answer", () => {
  it('on a Saturday inside 中秋节: a holiday today, 国庆节 open until 30 September 17:00, 2027 not yet published', () => {
    const view = homeCalendarView(upcomingAt('2026-09-26T10:00:00+08:00'))
    expect(view.dateLabel).toBe('9月26日（周六）')
    expect(view.sentence).toBe('今天是中秋节假期，按预约办理')
    expect(view.holidays.map((h) => h.name)).toEqual(['中秋节', '国庆节'])
    expect(view.holidays[1]).toEqual({ name: '国庆节', dates: '10月1日—10月7日', deadline: '9月30日 17:00 前预约', badge: { label: '可预约', tone: 'open' }, open: true })
    expect(view.holidays[0].badge.label).toBe('已截止') // R6: not during the holiday itself
    expect(view.unknownNotice).toBe('2027年节假日安排尚未公布，公布后即可预约')
  })

  it('on a plain Saturday: walk-in with the hours (R2)', () => {
    expect(homeCalendarView(upcomingAt('2026-10-17T09:00:00+08:00')).walkInHours).toBe('上午8:30-12:00，下午13:30-17:00')
    expect(homeCalendarView(upcomingAt('2026-10-17T09:00:00+08:00')).sentence).toBe('今天周末无休，窗口照常办理：上午8:30-12:00，下午13:30-17:00')
  })

  it("takes today from the server's date, not the phone's: 23:30 UTC is already the next day in Beijing", () => {
    expect(homeCalendarView(upcomingAt('2026-09-19T23:30:00Z')).sentence).toBe('今天调休上班，正常办理')
  })

  it('reads calendar.upcoming once', async () => {
    call.mockResolvedValue(ok(upcomingAt('2026-09-26T10:00:00+08:00')))
    const { result } = renderHook(() => useHomeCalendar())
    await waitFor(() => expect(result.current.view).toBeDefined())
    expect(call.mock.calls).toEqual([['catalog', 'calendar.upcoming', {}]])
  })
})
