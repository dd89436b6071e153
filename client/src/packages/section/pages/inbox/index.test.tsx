import { fireEvent, render, screen } from '@testing-library/react'
import { DEFAULT_PAGE_SIZE, ok, slicePage } from '@shared/api'
import { callCloud } from '../../../../api/cloud'
import { upcomingAt } from '../../../../features/booking/fixtures'
import { fakeCloud } from '../../../../features/items/fixtures'
import { entryOf } from '../../../../features/section/fixtures'
import SectionInboxPage from './index'

jest.mock('../../../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

/** Oldest first: 20 requests waiting for dispatch, then 5 force majeure reports. */
const inbox = Array.from({ length: 25 }, (_, n) =>
  n < 20 ? entryOf({ id: `appt-${n}` }) : entryOf({ id: `appt-${n}`, status: 'force_majeure', forceMajeure: { at: 0, by: 'staff-1', note: `暴雨停电${n}` } }),
)

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(
    fakeCloud({
      'section/inbox.list': (input) => ok({ now: '2026-10-02T10:00:00+08:00', ...slicePage(inbox, { limit: DEFAULT_PAGE_SIZE, ...input }) }),
      'catalog/departments.list': () => ok({ departments: [] }),
      'catalog/items.list': () => ok({ items: [], total: 0, nextCursor: null }),
      'catalog/calendar.upcoming': () => ok(upcomingAt('2026-09-20T10:00:00+08:00')),
    }),
  )
})

describe('the section inbox, a page at a time (issue 13, item 2)', () => {
  it('shows how many are shown, and sorts the next page into its groups on 加载更多', async () => {
    render(<SectionInboxPage />)
    expect(await screen.findByText('共 25 条，已显示 20 条')).toBeTruthy()
    expect(screen.getByText('待派单 20 · 待审批变更 0 · 不可抗力 0')).toBeTruthy()
    expect(screen.getByText('暂无不可抗力报告')).toBeTruthy()
    fireEvent.click(screen.getByText('加载更多'))
    expect(await screen.findByText('待派单 20 · 待审批变更 0 · 不可抗力 5')).toBeTruthy()
    expect(screen.getByText('情况说明：暴雨停电24')).toBeTruthy()
    expect(screen.getByText('共 25 条，已显示 25 条')).toBeTruthy()
    expect(screen.queryByText('加载更多')).toBeNull()
  })
})
