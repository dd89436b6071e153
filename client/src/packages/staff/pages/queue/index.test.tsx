import { fireEvent, render, screen } from '@testing-library/react'
import { DEFAULT_PAGE_SIZE, ok, slicePage } from '@shared/api'
import { callCloud } from '../../../../api/cloud'
import { upcomingAt, viewOf } from '../../../../features/booking/fixtures'
import type { QueueEntry } from '@shared/appointments'
import { fakeCloud } from '../../../../features/items/fixtures'
import QueuePage from './index'

jest.mock('../../../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

/** A busy window: 20 appointments waiting for the staff's call, then 5 still to assign. */
const queue: QueueEntry[] = Array.from({ length: 25 }, (_, n) => ({
  ...viewOf({ id: `appt-${n}`, status: n < 20 ? 'assigned' : 'dispatched', leadWindowId: 'win-02', date: '2026-10-02' }),
  items: [{ id: 'item-001', name: '个体工商户设立登记' }],
}))

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(
    fakeCloud({
      'counter/queue.list': (input) => ok({ windowId: 'win-02', ...slicePage(queue, { limit: DEFAULT_PAGE_SIZE, ...input }) }),
      'catalog/calendar.upcoming': () => ok(upcomingAt('2026-09-20T10:00:00+08:00')),
    }),
  )
})

describe('the window queue, a page at a time (issue 13, item 2)', () => {
  it('shows how many of the queue are shown, and groups the next page with the first on 加载更多', async () => {
    render(<QueuePage />)
    expect(await screen.findByText('共 25 条，已显示 20 条')).toBeTruthy()
    expect(screen.getByText('待联系（20）')).toBeTruthy()
    expect(screen.queryByText('待分配（5）')).toBeNull()
    fireEvent.click(screen.getByText('加载更多'))
    expect(await screen.findByText('待分配（5）')).toBeTruthy()
    expect(screen.getByText('待联系（20）')).toBeTruthy()
    expect(screen.getByText('共 25 条，已显示 25 条')).toBeTruthy()
    expect(screen.queryByText('加载更多')).toBeNull()
  })
})
