import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { viewOf } from '../booking/fixtures'
import { fakeCloud } from '../items/fixtures'
import { AssignStep } from './AssignStep'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

const appointment = viewOf({ id: 'appt-1', status: 'dispatched', leadWindowId: 'win-02', version: 2 })

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(
    fakeCloud({
      'counter/window.staff': () =>
        ok({
          staff: [
            { id: 'staff-scjg-leader', name: '孙强', leader: true },
            { id: 'staff-scjg-1', name: '周萍', leader: false },
          ],
        }),
      'counter/appointments.assign': () => ok({ appointment }),
    }),
  )
})

describe('the leader assigns from the window’s staff (R10)', () => {
  it('offers the window’s active staff, the leader marked 本人, and assigns the one tapped', async () => {
    const reload = jest.fn()
    render(<AssignStep appointment={appointment} reload={reload} selfId="staff-scjg-leader" />)
    await screen.findByText('孙强（本人）')
    fireEvent.click(screen.getByText('周萍'))
    fireEvent.click(screen.getByText('分配'))
    await waitFor(() => expect(reload).toHaveBeenCalled())
    expect(call).toHaveBeenCalledWith('counter', 'window.staff', {})
    expect(call).toHaveBeenCalledWith('counter', 'appointments.assign', expect.objectContaining({ appointmentId: 'appt-1', version: 2, staffId: 'staff-scjg-1' }))
  })

  it('says to pick someone before anything is sent', async () => {
    render(<AssignStep appointment={appointment} reload={jest.fn()} />)
    await screen.findByText('周萍')
    fireEvent.click(screen.getByText('分配'))
    await screen.findByText('请点选经办人')
    expect(call).not.toHaveBeenCalledWith('counter', 'appointments.assign', expect.anything())
  })
})
