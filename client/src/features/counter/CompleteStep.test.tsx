import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { viewOf } from '../booking/fixtures'
import { fakeCloud } from '../items/fixtures'
import { CompleteStep } from './ServiceSteps'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

const appointment = viewOf({ id: 'appt-1', status: 'in_service', date: '2026-10-02', version: 6 })
const ASKED = '开始时间06:15比系统记录的09:45早210分钟，请填写原因'

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(
    fakeCloud({
      'counter/appointments.complete': (input: { reason?: string }) =>
        input.reason ? ok({ appointment }) : fail('REASON_REQUIRED', ASKED, { reason: ASKED }),
    }),
  )
})

describe('completing with a start earlier than the record (R19, R24)', () => {
  it('asks for a reason only when the server does, and sends it with the same times', async () => {
    const reload = jest.fn()
    render(<CompleteStep appointment={appointment} reload={reload} />)
    expect(screen.queryByText('原因说明')).toBeNull()
    fireEvent.change(screen.getAllByRole('textbox')[0], { target: { value: '已办结' } })
    fireEvent.change(screen.getAllByLabelText('选择器')[0], { target: { value: '06:15' } })
    expect(screen.getByText('06:15')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '办结' }))
    await screen.findByText('原因说明')
    expect(screen.getAllByText(ASKED).length).toBeGreaterThan(0)
    expect(reload).not.toHaveBeenCalled()

    fireEvent.change(screen.getByPlaceholderText('如：申请人提前到达，先行受理'), { target: { value: '申请人提前到达，先行受理' } })
    fireEvent.click(screen.getByRole('button', { name: '办结' }))
    await waitFor(() => expect(reload).toHaveBeenCalled())
    expect(call).toHaveBeenLastCalledWith(
      'counter',
      'appointments.complete',
      expect.objectContaining({ appointmentId: 'appt-1', version: 6, startedAt: Date.parse('2026-10-02T06:15:00+08:00'), reason: '申请人提前到达，先行受理' }),
    )
  })
})
