import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { fail, ok } from '@shared/api'
import type { Appointment } from '@shared/appointments'
import { callCloud } from '../../../../api/cloud'
import { viewOf } from '../../../../features/booking/fixtures'
import { fakeCloud, itemOf, windowOf } from '../../../../features/items/fixtures'
import AppointmentPage from './index'
import { DEFAULT_CENTER } from '@shared/settings'

jest.mock('../../../../api/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.Mock

function open(stored: Partial<Appointment> | undefined, query = '') {
  mockedCall.mockImplementation(
    fakeCloud({
      'booking/appointments.get': () => (stored ? ok({ appointment: viewOf(stored) }) : fail('NOT_FOUND', '没有找到该预约')),
      'catalog/items.get': () => ok({ item: itemOf(), windows: [windowOf()] }),
      'booking/appointments.cancel': () => ok({ appointment: viewOf({ ...stored, status: 'cancelled' }) }),
      'catalog/center.get': () => ok({ center: DEFAULT_CENTER, walkInHours: [], bookingCutoff: '17:00', perApplicantCap: 3 }),
    }),
  )
  void Taro.navigateTo({ url: `/packages/citizen/pages/appointment/index?id=a-1${query}` })
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
    expect(screen.queryByText('预约成功')).toBeNull() // only right after booking
  })

  it('shows the agreed time and window, and offers 确认办结 once completed', async () => {
    open({ status: 'completed', agreedTime: '09:00', leadWindowId: 'win-02' })
    expect(await screen.findByText('约定时间：9:00')).toBeTruthy()
    await waitFor(() => expect(screen.getByText('办理窗口：A2号窗口（市场主体登记）')).toBeTruthy())
    expect(screen.getByText('确认办结')).toBeTruthy()
    expect(screen.queryByText('取消预约')).toBeNull()
  })

  it('asks in a dialog reading 不取消 / 确认取消, wants a reason, and keeps the appointment on 不取消 (R15)', async () => {
    open({})
    fireEvent.click(await screen.findByText('取消预约'))
    expect(screen.getByText('确定取消这次预约吗？')).toBeTruthy()
    fireEvent.click(screen.getByText('确认取消'))
    expect(screen.getByText('请点选或填写取消原因')).toBeTruthy()
    fireEvent.click(screen.getByText('不取消'))
    expect(screen.queryByText('确定取消这次预约吗？')).toBeNull()
    expect(mockedCall.mock.calls.some(([, action]) => action === 'appointments.cancel')).toBe(false)
  })

  it('cancels with a tapped reason and what was typed, stored as one reason (R15)', async () => {
    open({})
    fireEvent.click(await screen.findByText('取消预约'))
    fireEvent.click(screen.getByText('材料没准备齐'))
    fireEvent.input(screen.getByPlaceholderText('其他原因或补充说明（选填）'), { target: { value: '户口本找不到' } })
    fireEvent.click(screen.getByText('确认取消'))
    await waitFor(() => expect(mockedCall.mock.calls.some(([, action]) => action === 'appointments.cancel')).toBe(true))
    const [, , input] = mockedCall.mock.calls.find(([, action]) => action === 'appointments.cancel')!
    expect(input).toMatchObject({ appointmentId: 'a-1', reason: '材料没准备齐：户口本找不到' })
  })

  it('a cancelled one says no materials are needed now and offers 重新预约 with its items and day', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo')
    open({ status: 'cancelled', cancellation: { at: 0, by: 'applicant', reason: '行程有变' } })
    expect(await screen.findByText('预约已取消，无需前往。如重新预约，需准备以下材料：')).toBeTruthy()
    expect(screen.queryByText('请携带以下材料：')).toBeNull()
    fireEvent.click(screen.getByText('重新预约'))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/citizen/pages/book/index?itemIds=item-001&date=2026-10-02' })
  })

  it('opens with 预约成功 right after booking: its reference number, the calendar and 导航 (issue 16, item 10)', async () => {
    const calendar = jest.spyOn(Taro, 'addPhoneCalendar')
    const map = jest.spyOn(Taro, 'openLocation')
    open({ referenceNo: '2026-000123' } as Partial<Appointment>, '&booked=1&notify=on')
    expect(await screen.findByText('预约成功')).toBeTruthy()
    expect(document.querySelector('.booking-success__ref')?.textContent).toBe('预约编号 2026-000123')
    fireEvent.click(await screen.findByText('添加到手机日历'))
    expect(calendar).toHaveBeenCalledWith(expect.objectContaining({ startTime: Date.parse('2026-10-02T08:30:00+08:00') / 1000, allDay: false }))
    expect(await screen.findByText('已添加到手机日历，办理前一天会提醒您。')).toBeTruthy()
    expect(screen.getByText(DEFAULT_CENTER.address)).toBeTruthy()
    fireEvent.click(screen.getByText('导航到政务服务中心'))
    expect(map).toHaveBeenCalledWith(expect.objectContaining({ latitude: DEFAULT_CENTER.latitude, longitude: DEFAULT_CENTER.longitude, name: DEFAULT_CENTER.name }))
  })

  it('says when the appointment is not found', async () => {
    open(undefined)
    expect(await screen.findByText('没有找到该预约，请在“我的预约”中查看。')).toBeTruthy()
  })
})
