import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { fail, ok } from '@shared/api'
import { DEFAULT_CENTER } from '@shared/settings'
import { callCloud } from '../../../../api/cloud'
import { fakeCloud } from '../../../../features/items/fixtures'
import CenterPage from './index'

jest.mock('../../../../api/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.Mock

const answer = {
  center: DEFAULT_CENTER,
  walkInHours: [
    { start: '08:30', end: '12:00' },
    { start: '13:30', end: '17:00' },
  ],
  bookingCutoff: '17:00',
  perApplicantCap: 3,
}

beforeEach(() => mockedCall.mockReset())

describe("the center's own page (R25)", () => {
  it('says the scheme, the weekend hours and the booking rules, and leads to booking', async () => {
    mockedCall.mockImplementation(fakeCloud({ 'catalog/center.get': () => ok(answer) }))
    const navigateTo = jest.spyOn(Taro, 'navigateTo')
    render(<CenterPage />)
    expect(await screen.findByText('周六、周日（调休上班日除外）窗口照常办理，不用预约：上午8:30-12:00，下午13:30-17:00。')).toBeTruthy()
    expect(screen.getByText('· 截止时间：节假日前最后一个工作日17:00。')).toBeTruthy()
    expect(screen.getByText('· 每人每个节假日最多保留3个有效预约。')).toBeTruthy()
    fireEvent.click(screen.getByText('预约节假日办理'))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/citizen/pages/book/index' })
  })

  it('opens the map and calls the phone with one tap each', async () => {
    mockedCall.mockImplementation(fakeCloud({ 'catalog/center.get': () => ok(answer) }))
    const map = jest.spyOn(Taro, 'openLocation')
    const call = jest.spyOn(Taro, 'makePhoneCall')
    render(<CenterPage />)
    expect(await screen.findByText(DEFAULT_CENTER.address)).toBeTruthy()
    fireEvent.click(screen.getByText('导航到政务服务中心'))
    expect(map).toHaveBeenCalledWith({ latitude: DEFAULT_CENTER.latitude, longitude: DEFAULT_CENTER.longitude, name: DEFAULT_CENTER.name, address: DEFAULT_CENTER.address, scale: 17 })
    fireEvent.click(screen.getByText('拨打预约电话 0533-3618118'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '05333618118' })
  })

  it("shows the server's message with a retry", async () => {
    mockedCall.mockImplementation(fakeCloud({ 'catalog/center.get': () => fail('INTERNAL', '网络不稳定，请稍后重试') }))
    render(<CenterPage />)
    expect(await screen.findByText('网络不稳定，请稍后重试')).toBeTruthy()
    expect(screen.getByText('重试')).toBeTruthy()
  })
})
