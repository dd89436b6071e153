import { fireEvent, render, screen } from '@testing-library/react'
import { DEFAULT_PAGE_SIZE, ok, slicePage } from '@shared/api'
import { callCloud } from '../../../../api/cloud'
import { viewOf } from '../../../../features/booking/fixtures'
import { fakeCloud } from '../../../../features/items/fixtures'
import ReviewsPage from './index'

jest.mock('../../../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

/** A busy week: 22 completed appointments awaiting a return visit, no bad review. */
const visits = Array.from({ length: 22 }, (_, n) => ({ appointment: viewOf({ id: `appt-${n}`, status: 'completed' }), review: null }))

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(
    fakeCloud({
      'section/reviews.list': () => ok({ now: 0, items: [], total: 0, nextCursor: null }),
      'section/visits.pending': (input) => ok(slicePage(visits, { limit: DEFAULT_PAGE_SIZE, ...input })),
      'catalog/items.list': () => ok({ items: [], total: 0, nextCursor: null }),
    }),
  )
})

describe('评价与回访, a page at a time (issue 13, item 2)', () => {
  it('counts every visit due, and shows the rest on 加载更多', async () => {
    render(<ReviewsPage />)
    expect(await screen.findByText('共 22 条，已显示 20 条')).toBeTruthy()
    expect(screen.getByText('待回访 22')).toBeTruthy()
    expect(screen.getByText('暂无待跟进的差评')).toBeTruthy()
    expect(screen.getAllByText('加载更多')).toHaveLength(1)
    fireEvent.click(screen.getByText('加载更多'))
    expect(await screen.findByText('共 22 条，已显示 22 条')).toBeTruthy()
    expect(screen.queryByText('加载更多')).toBeNull()
  })
})
