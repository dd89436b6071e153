import { fireEvent, render, screen } from '@testing-library/react'
import { DEFAULT_PAGE_SIZE, ok, slicePage } from '@shared/api'
import { callCloud } from '../../../../api/cloud'
import type { ComplaintView } from '@shared/feedback'
import { fakeCloud } from '../../../../features/items/fixtures'
import MyComplaintsPage from './index'

jest.mock('../../../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

/** 21 complaints of one citizen, newest first. */
const complaints: ComplaintView[] = Array.from({ length: 21 }, (_, n) => ({
  id: `cmp-${n}`,
  channel: 'mini-program',
  channelText: '小程序',
  text: `第${n + 1}条投诉`,
  at: Date.UTC(2026, 9, 2, 2) - n * 60_000,
  dueAt: Date.UTC(2026, 9, 9, 2),
  status: 'open',
  statusText: '处理中',
  version: 1,
  overdue: false,
}))

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(
    fakeCloud({
      'booking/complaints.mine': (input) => ok(slicePage(complaints, { limit: DEFAULT_PAGE_SIZE, ...input })),
      'booking/appointments.mine': () => ok({ appointments: [] }),
      'catalog/items.list': () => ok({ items: [], total: 0, nextCursor: null }),
    }),
  )
})

describe('我的投诉, a page at a time (issue 13, item 2)', () => {
  it('shows the first 20 complaints and the oldest on 加载更多', async () => {
    render(<MyComplaintsPage />)
    expect(await screen.findByText('共 21 条，已显示 20 条')).toBeTruthy()
    expect(screen.queryByText('第21条投诉')).toBeNull()
    fireEvent.click(screen.getByText('加载更多'))
    expect(await screen.findByText('第21条投诉')).toBeTruthy()
    expect(screen.getByText('共 21 条，已显示 21 条')).toBeTruthy()
  })
})
