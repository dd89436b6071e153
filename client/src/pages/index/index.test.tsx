import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { rangeOf, upcomingAt } from '../../features/calendar/fixtures'
import HomePage from './index'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.Mock

function serveAt(now: string) {
  mockedCall.mockImplementation(async (_name: string, action: string, input: { from: string; to: string }) =>
    action === 'calendar.upcoming' ? ok(upcomingAt(now)) : rangeOf(input),
  )
}

/** The month calendar's cell of day `n`. */
const dayCell = (n: number) => screen.getAllByText(String(n)).find((el) => el.className === 'month__num')!.parentElement!

beforeEach(() => {
  mockedCall.mockReset()
  localStorage.clear()
})

describe('the home page (R2, R3, R4, R5, R6)', () => {
  it('keeps the scheme, the walk-in hours and the phone line', async () => {
    serveAt('2026-09-26T10:00:00+08:00')
    render(<HomePage />)
    expect(screen.getByText('沂源县政务服务中心')).toBeTruthy()
    expect(screen.getByText('预约电话 0533-3618118（工作日 8:30-12:00，13:30-17:00）')).toBeTruthy()
    await screen.findByText('今天是中秋节假期，按预约办理')
    // The walk-in hours come from the settings in force, through calendar.upcoming (R2).
    expect(screen.getByText('上午8:30-12:00，下午13:30-17:00')).toBeTruthy()
  })

  it('lists 国庆节 with its deadline and badge, and no booking for 2027', async () => {
    serveAt('2026-09-26T10:00:00+08:00')
    render(<HomePage />)
    await screen.findByText('10月1日—10月7日')
    expect(screen.getByText('9月30日 17:00 前预约')).toBeTruthy()
    expect(screen.getByText('可预约')).toBeTruthy()
    expect(screen.getByText('2027年节假日安排尚未公布，公布后即可预约')).toBeTruthy()
  })

  it("opens the month calendar on the server's month and shows a tapped day", async () => {
    serveAt('2026-09-26T10:00:00+08:00')
    render(<HomePage />)
    await screen.findByText('2026年9月')
    await waitFor(() => expect(dayCell(20).textContent).toContain('调休上班'))
    fireEvent.click(screen.getByText('下个月'))
    await screen.findByText('2026年10月')
    await waitFor(() => expect(dayCell(1).textContent).toContain('节假日预约'))
    fireEvent.click(dayCell(1))
    expect(screen.getByText('10月1日（周四）')).toBeTruthy()
    expect(screen.getByText('法定节假日 · 国庆节')).toBeTruthy()
  })

  it("shows the server's message with a retry when the calendar cannot be read", async () => {
    mockedCall.mockResolvedValue(fail('INTERNAL', '网络不稳定，请稍后重试'))
    render(<HomePage />)
    await screen.findByText('网络不稳定，请稍后重试')
    serveAt('2026-10-17T09:00:00+08:00')
    fireEvent.click(screen.getByText('重试'))
    await screen.findByText('今天周末无休，窗口照常办理：上午8:30-12:00，下午13:30-17:00')
    await screen.findByText('2026年10月')
  })
})
