import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { viewOf } from '../booking/fixtures'
import { fakeCloud } from '../items/fixtures'
import { ConfirmStep } from './ConfirmStep'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

const HOURS = [
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:00' },
]
const ITEMS = [
  {
    id: 'item-001',
    name: '个体工商户设立登记',
    materials: [
      { name: '居民身份证', copies: 1, form: 'original' as const },
      { name: '经营场所使用证明', copies: 2, form: 'copy' as const, note: '租赁合同或房产证复印件' },
    ],
    notes: '委托他人办理的需携带委托书',
  },
]

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(fakeCloud({ 'counter/appointments.confirm': () => ok({ appointment: viewOf({ status: 'confirmed', agreedTime: '09:30' }) }) }))
})

describe('the confirm screen (R11, R12)', () => {
  it('shows every material to tell, dials the applicant, starts from the first suggestion and sends the chip tapped', async () => {
    const appointment = viewOf({ id: 'appt-1', status: 'assigned', date: '2026-10-02', halfDay: 'am', version: 4 })
    const onDone = jest.fn()
    const dial = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    render(<ConfirmStep appointment={appointment} reload={jest.fn()} onDone={onDone} suggestedTimes={['09:00', '09:30']} serviceHours={HOURS} itemsToTell={ITEMS} canCall />)
    expect(screen.getByText('· 居民身份证（1份 · 原件）')).toBeTruthy()
    expect(screen.getByText('· 经营场所使用证明（2份 · 复印件）：租赁合同或房产证复印件')).toBeTruthy()
    expect(screen.getByText('须知：委托他人办理的需携带委托书')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '拨打 13812345678' }))
    expect(dial).toHaveBeenCalledWith({ phoneNumber: '13812345678' })
    // the first suggestion is chosen: its chip is on
    expect(screen.getAllByText('9:00')[0].className).toContain('chip--on')
    fireEvent.click(screen.getAllByText('9:30')[0])
    expect(screen.getAllByText('9:30')).toHaveLength(2) // the chip, and the picker's face
    fireEvent.click(screen.getByText('已一次性告知所需材料'))
    fireEvent.click(screen.getByRole('button', { name: '确认预约' }))
    await waitFor(() => expect(onDone).toHaveBeenCalled())
    expect(call).toHaveBeenCalledWith('counter', 'appointments.confirm', expect.objectContaining({ agreedTime: '09:30', contact: { note: '', materialsToldInFull: true } }))
  })

  it('starts from the applicant\'s preferred time, and shows no call button to one who may not dial', () => {
    const appointment = viewOf({ status: 'assigned', preferredTime: '10:15', applicant: { name: '张三', phone: '138****5678' } })
    render(<ConfirmStep appointment={appointment} reload={jest.fn()} suggestedTimes={['09:00']} serviceHours={HOURS} itemsToTell={ITEMS} canCall={false} />)
    expect(screen.getByText('10:15').className).not.toContain('chip')
    expect(screen.queryByRole('button', { name: /拨打/ })).toBeNull()
    expect(screen.getByText('申请人：张三 138****5678')).toBeTruthy()
  })
})
