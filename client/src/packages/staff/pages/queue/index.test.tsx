import { fireEvent, render, screen } from '@testing-library/react'
import { DEFAULT_PAGE_SIZE, ok, slicePage } from '@shared/api'
import { callCloud } from '../../../../api/cloud'
import { upcomingAt, viewOf } from '../../../../features/booking/fixtures'
import type { QueueEntry } from '@shared/appointments'
import { fakeCloud } from '../../../../features/items/fixtures'
import QueuePage from './index'

jest.mock('../../../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

/** 23 finished work orders: 已办 counts them all though one page is read. */
const finished: QueueEntry[] = Array.from({ length: 23 }, (_, n) => ({
  ...viewOf({
    id: `done-${n}`,
    status: 'completed',
    leadWindowId: 'win-02',
    date: '2026-10-02',
    agreedTime: '09:00',
    assignedStaffId: 'staff-scjg-1',
    outcome: { result: '已发放营业执照', startedAt: Date.parse('2026-10-02T09:05:00+08:00'), endedAt: Date.parse('2026-10-02T09:40:00+08:00'), minutes: 35 },
  }),
  items: [{ id: 'item-001', name: '个体工商户设立登记' }],
  assignedStaff: { id: 'staff-scjg-1', name: '周萍' },
}))

/** A busy window: 20 appointments waiting for the staff's call, then 5 still to assign. */
const queue: QueueEntry[] = Array.from({ length: 25 }, (_, n) => ({
  ...viewOf({ id: `appt-${n}`, status: n < 20 ? 'assigned' : 'dispatched', leadWindowId: 'win-02', date: '2026-10-02' }),
  items: [{ id: 'item-001', name: '个体工商户设立登记' }],
}))

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(
    fakeCloud({
      'counter/queue.list': (input) => {
        const { statuses, ...page } = input as { statuses?: string[] }
        const list = statuses?.includes('completed') ? finished : queue
        return ok({ windowId: 'win-02', ...slicePage(list, { limit: DEFAULT_PAGE_SIZE, ...page }) })
      },
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

describe('待办 and 已办 (issue 16, item 2)', () => {
  it('counts both from the server\'s totals, and shows a finished order with the staff\'s name, items, outcome and times', async () => {
    render(<QueuePage />)
    expect(await screen.findByText('待办（25）')).toBeTruthy()
    expect(await screen.findByText('已办（23）')).toBeTruthy()
    fireEvent.click(screen.getByText('已办（23）'))
    expect(await screen.findByText('共 23 条，已显示 20 条')).toBeTruthy()
    expect(screen.getAllByText('已办结：已发放营业执照')).toHaveLength(20)
    expect(screen.getAllByText('办理：10月2日 9:05—9:40（35分钟）')[0]).toBeTruthy()
    expect(screen.getAllByText('经办人：周萍 · 申请人：张三')[0]).toBeTruthy()
    expect(screen.queryByText(/staff-scjg-1/)).toBeNull()
  })
})
