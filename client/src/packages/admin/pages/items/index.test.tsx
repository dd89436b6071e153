import { fireEvent, render, screen } from '@testing-library/react'
import { DEFAULT_PAGE_SIZE, ok, slicePage } from '@shared/api'
import { searchItems } from '@shared/items'
import { callCloud } from '../../../../api/cloud'
import { fakeCloud, itemOf } from '../../../../features/items/fixtures'
import AdminItemsPage from './index'

jest.mock('../../../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

/** A county list longer than a page. */
const items = Array.from({ length: 24 }, (_, n) => itemOf({ id: `item-${100 + n}`, name: `测试事项${n + 1}号` }))
const summary = (i: (typeof items)[number]) => ({ ...i, materialCount: i.materials.length, materials: undefined })

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(
    fakeCloud({
      'catalog/items.list': (input) => ok(slicePage(searchItems(items, input).map(summary), { limit: DEFAULT_PAGE_SIZE, ...input })),
      'catalog/departments.list': () => ok({ departments: [{ id: 'dept-scjg', name: '县市场监督管理局', order: 1, windows: [] }] }),
    }),
  )
})

describe('the admin item list, a page at a time (issue 13, item 2)', () => {
  it('shows the rest on 加载更多, and a search from its first page', async () => {
    render(<AdminItemsPage />)
    expect(await screen.findByText('共 24 条，已显示 20 条')).toBeTruthy()
    fireEvent.click(screen.getByText('加载更多'))
    expect(await screen.findByText('测试事项24号')).toBeTruthy()
    expect(screen.getByText('共 24 条，已显示 24 条')).toBeTruthy()
    fireEvent.change(screen.getByPlaceholderText('搜索事项名称、材料或注意事项'), { target: { value: '测试事项2' } })
    fireEvent.click(screen.getByText('搜索'))
    expect(await screen.findByText('共 6 条，已显示 6 条')).toBeTruthy()
    expect(screen.queryByText('测试事项1号')).toBeNull()
  })
})
