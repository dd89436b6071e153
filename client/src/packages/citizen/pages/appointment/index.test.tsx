import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { fail, ok } from '@shared/api'
import type { Appointment } from '@shared/appointments'
import { callCloud } from '../../../../api/cloud'
import { viewOf } from '../../../../features/booking/fixtures'
import { fakeCloud, itemOf, windowOf } from '../../../../features/items/fixtures'
import AppointmentPage from './index'

jest.mock('../../../../api/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.Mock

function open(stored: Partial<Appointment> | undefined) {
  mockedCall.mockImplementation(
    fakeCloud({
      'booking/appointments.get': () => (stored ? ok({ appointment: viewOf(stored) }) : fail('NOT_FOUND', '没有找到该预约')),
      'catalog/items.get': () => ok({ item: itemOf(), windows: [windowOf()] }),
    }),
  )
  void Taro.navigateTo({ url: '/packages/citizen/pages/appointment/index?id=a-1' })
  render(<AppointmentPage />)
}

beforeEach(() => mockedCall.mockReset())

describe('预约详情 (R8, R11, R15, R19)', () => {
  it('shows the state, the day, that the window will call, and what to bring', async () => {
    open({})
    expect(await screen.findByText('已提交')).toBeTruthy()
    expect(screen.getByText('预约日期：10月2日（周五）上午')).toBeTruthy()
    expect(screen.getByText('约定时间：待窗口联系确认')).toBeTruthy()
    expect(await screen.findByText('请携带以下材料：')).toBeTruthy()
    expect(screen.getByText('· 居民身份证（1份 · 原件）')).toBeTruthy()
    expect(screen.getByText('申请人 提交预约 → 已提交')).toBeTruthy()
    expect(screen.getByText('取消预约')).toBeTruthy()
    expect(screen.queryByText('确认办结')).toBeNull()
  })

  it('shows the agreed time and window, and offers 确认办结 once completed', async () => {
    open({ status: 'completed', agreedTime: '09:00', leadWindowId: 'win-02' })
    expect(await screen.findByText('约定时间：9:00')).toBeTruthy()
    await waitFor(() => expect(screen.getByText('办理窗口：A2号窗口（市场主体登记）')).toBeTruthy())
    expect(screen.getByText('确认办结')).toBeTruthy()
    expect(screen.queryByText('取消预约')).toBeNull()
  })

  it('asks for a reason before cancelling', async () => {
    open({})
    fireEvent.click(await screen.findByText('取消预约'))
    expect(screen.getByText('请填写取消原因')).toBeTruthy()
  })

  it('says when the appointment is not found', async () => {
    open(undefined)
    expect(await screen.findByText('没有找到该预约，请在“我的预约”中查看。')).toBeTruthy()
  })
})
