import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { upcomingAt, viewOf } from '../../features/booking/fixtures'
import { fakeCloud, itemOf } from '../../features/items/fixtures'
import MinePage from './index'
import type { AppointmentView } from '@shared/appointments'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../api/devGateway', () => ({ devGateway: { devPhoneCode: jest.fn(async () => 'code-from-button') } }))
const mockedCall = callCloud as jest.Mock

function open(appointments: AppointmentView[], more: Parameters<typeof fakeCloud>[0] = {}) {
  mockedCall.mockImplementation(
    fakeCloud({
      'booking/appointments.mine': () => ok({ appointments }),
      'catalog/items.list': () => ok({ items: [{ ...itemOf(), materialCount: 2 }] }),
      ...more,
    }),
  )
  render(<MinePage />)
}

beforeEach(() => mockedCall.mockReset())

describe('我的预约 (R7)', () => {
  it('lists each appointment with its item, day and state, and opens it', async () => {
    open([viewOf({ id: 'a-7', status: 'confirmed', agreedTime: '09:00' })])
    expect(await screen.findByText('个体工商户设立登记')).toBeTruthy()
    expect(screen.getByText('10月2日（周五）上午')).toBeTruthy()
    expect(screen.getByText('已确认')).toBeTruthy()
    const navigateTo = jest.spyOn(Taro, 'navigateTo')
    fireEvent.click(screen.getByText('个体工商户设立登记'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/citizen/pages/appointment/index?id=a-7' })
  })

  it('explains the ways to book when there is none yet', async () => {
    open([])
    expect(await screen.findByText('您还没有节假日预约。')).toBeTruthy()
    expect(screen.getByText(/0533-3618118/).textContent).toContain('8:30—12:00、13:30—17:00')
  })

  it('R7 finds the registrations made by phone for the WeChat number and lists them', async () => {
    let claimed = false
    const phoneMade = viewOf({ id: 'a-phone', status: 'submitted', channel: 'phone', referenceNo: '2026-000321' })
    open([], {
      'booking/appointments.mine': () => ok({ appointments: claimed ? [phoneMade] : [] }),
      'booking/appointments.claimByPhone': () => {
        claimed = true
        return ok({ claimed: 1, phone: '137****1111' })
      },
      'catalog/calendar.upcoming': () => {
        const upcoming = upcomingAt('2026-09-28T10:00:00+08:00')
        return ok({ ...upcoming, subscribeTemplates: { ...upcoming.subscribeTemplates, citizen: ['t-confirm', 't-change', 't-remind'] } })
      },
    })
    fireEvent.click(await screen.findByText('用手机号查找电话/窗口登记的预约'))
    expect(await screen.findByText('已找到1个电话登记的预约，已加入我的预约')).toBeTruthy()
    expect(mockedCall).toHaveBeenCalledWith('booking', 'appointments.claimByPhone', { code: 'code-from-button' })
    expect(await screen.findByText('预约编号 2026-000321')).toBeTruthy()
    // its messages now go to this WeChat, once allowed, as for a booking made in the app
    expect(await screen.findByText('开启预约进度通知')).toBeTruthy()
  })
})
