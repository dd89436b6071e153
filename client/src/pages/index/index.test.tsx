import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { rangeOf, upcomingAt } from '../../features/calendar/fixtures'
import HomePage from './index'
import { DEFAULT_CENTER } from '@shared/settings'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.Mock

function serveAt(now: string) {
  mockedCall.mockImplementation(async (_name: string, action: string, input: { from: string; to: string }) =>
    action === 'calendar.upcoming' ? ok(upcomingAt(now)) : action === 'center.get' ? ok(centerAnswer) : rangeOf(input),
  )
}

const centerAnswer = { center: DEFAULT_CENTER, walkInHours: [], bookingCutoff: '17:00', perApplicantCap: 3 }

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
    expect(screen.getByText('预约电话接听时间：工作日 8:30-12:00，13:30-17:00')).toBeTruthy()
    await screen.findByText('今天是中秋节假期，按预约办理')
    // The walk-in hours come from the settings in force, through calendar.upcoming (R2).
    expect(screen.getByText('上午8:30-12:00，下午13:30-17:00')).toBeTruthy()
  })

  it('lists 国庆节 with its deadline and badge, and no booking for 2027', async () => {
    serveAt('2026-09-26T10:00:00+08:00')
    render(<HomePage />)
    await screen.findByText('10月1日—10月7日')
    expect(screen.getAllByText('9月30日 17:00 前预约').length).toBe(2) // under the entry at the top and in the list
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

  it('leads from the top and from each open holiday into its booking form (issue 16, item 4)', async () => {
    serveAt('2026-09-26T10:00:00+08:00')
    const navigateTo = jest.spyOn(Taro, 'navigateTo')
    render(<HomePage />)
    const entries = await screen.findAllByText('预约国庆节办理')
    expect(entries).toHaveLength(2)
    fireEvent.click(entries[1])
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/citizen/pages/book/index?holiday=%E5%9B%BD%E5%BA%86%E8%8A%82' })
    expect(screen.queryByText('预约中秋节办理')).toBeNull() // closed: during the holiday itself (R6)
    fireEvent.click(screen.getByText('中心地址、电话与办理规则'))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/citizen/pages/center/index' })
  })

  it('says 今天17:00截止 and the time left on the last booking day (R6)', async () => {
    serveAt('2026-09-30T14:45:00+08:00')
    render(<HomePage />)
    expect(await screen.findAllByText('今天17:00截止，还剩2小时15分')).toHaveLength(2)
  })

  it("calls the center's phone with one tap (R25)", async () => {
    serveAt('2026-09-26T10:00:00+08:00')
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    render(<HomePage />)
    fireEvent.click(await screen.findByText('拨打预约电话 0533-3618118'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '05333618118' })
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
