import { act, renderHook } from '@testing-library/react'
import { ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { requestSubscribe } from '../../api/subscribe'
import { fakeCloud } from '../items/fixtures'
import { useComplaintForm } from './useComplaintForm'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../api/subscribe', () => ({ requestSubscribe: jest.fn(async () => ({})) }))
const ask = requestSubscribe as jest.Mock
const call = callCloud as jest.Mock
const sent = () => call.mock.calls.filter(([, a]) => a === 'complaints.submit').map(([, , input]) => input as Record<string, unknown>)

beforeEach(() => call.mockReset())

describe('a citizen files a complaint (R20)', () => {
  it('needs the text', async () => {
    call.mockImplementation(fakeCloud({}))
    const { result } = renderHook(() => useComplaintForm(jest.fn()))
    await act(() => result.current.submit())
    expect(result.current.errors.text).toBe('请填写投诉内容')
    expect(sent()).toEqual([])
  })

  it('files it about the chosen appointment, then empties the form with a new requestId for the next one', async () => {
    call.mockImplementation(fakeCloud({ 'booking/complaints.submit': () => ok({ complaint: {} }) }))
    const onFiled = jest.fn()
    const { result } = renderHook(() => useComplaintForm(onFiled))
    act(() => {
      result.current.chooseAppointment('apt-1')
      result.current.setText('等了四十分钟')
    })
    await act(() => result.current.submit())
    expect(sent()).toEqual([{ requestId: expect.any(String), appointmentId: 'apt-1', text: '等了四十分钟' }])
    expect(onFiled).toHaveBeenCalled()
    expect(result.current).toMatchObject({ text: '', appointmentId: undefined, filed: true })

    act(() => result.current.setText('另一件事'))
    await act(() => result.current.submit())
    expect(sent()[1]).toEqual({ requestId: expect.any(String), text: '另一件事' })
    expect(sent()[1].requestId).not.toBe(sent()[0].requestId)
  })

  it('R20 asks on the tap to allow the message with the section’s answer, and reports what was allowed', async () => {
    ask.mockResolvedValueOnce({ 'tmpl-answer': 'accept' })
    call.mockImplementation(fakeCloud({ 'booking/complaints.submit': () => ok({ complaint: {} }), 'booking/subscriptions.grant': () => ok({ remaining: { 'tmpl-answer': 1 } }) }))
    const { result } = renderHook(() => useComplaintForm(jest.fn(), ['tmpl-answer']))
    act(() => result.current.setText('大厅空调太冷'))
    await act(() => result.current.submit())
    expect(ask).toHaveBeenCalledWith(['tmpl-answer'])
    const grants = call.mock.calls.filter(([, a]) => a === 'subscriptions.grant').map(([, , input]) => input)
    expect(grants).toEqual([{ requestId: expect.any(String), answers: { 'tmpl-answer': 'accept' } }])
  })

  it('lets the citizen untick the appointment', () => {
    call.mockImplementation(fakeCloud({}))
    const { result } = renderHook(() => useComplaintForm(jest.fn()))
    act(() => result.current.chooseAppointment('apt-1'))
    act(() => result.current.chooseAppointment('apt-1'))
    expect(result.current.appointmentId).toBeUndefined()
  })
})
