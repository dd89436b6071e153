import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { DEFAULT_PAGE_SIZE, fail, ok, slicePage } from '@shared/api'
import { searchItems, type Item } from '@shared/items'
import { callCloud } from '../../api/cloud'
import { fakeCloud, itemOf } from '../../features/items/fixtures'
import { SEARCH_DEBOUNCE_MS } from '../../features/items/useItemSearch'
import ItemsPage from './index'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.Mock

const items: Item[] = [
  itemOf({ id: 'item-001', example: true }),
  itemOf({ id: 'item-006', name: '社会保障卡申领与补换', departmentId: 'dept-rs', modes: ['walk-in'], materials: [{ name: '近期免冠证件照', copies: 1, form: 'original' }], example: true }),
]

const summary = (i: Item) => ({ ...i, materialCount: i.materials.length, materials: undefined })

/** The server's side: the real search over `items`, a page at a time, and two departments. */
function serve(list = items) {
  mockedCall.mockImplementation(
    fakeCloud({
      'catalog/items.list': (input) => ok(slicePage(searchItems(list, input).map(summary), { limit: DEFAULT_PAGE_SIZE, ...input })),
      'catalog/departments.list': () =>
        ok({
          departments: [
            { id: 'dept-scjg', name: '县市场监督管理局', order: 1, windows: [] },
            { id: 'dept-rs', name: '县人力资源和社会保障局', order: 2, windows: [] },
          ],
        }),
    }),
  )
}

async function typeSearch(text: string) {
  fireEvent.change(screen.getByPlaceholderText('搜索事项名称或所需材料'), { target: { value: text } })
  await act(async () => {
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS)
  })
}

describe('the items page (R1)', () => {
  beforeEach(() => {
    jest.useFakeTimers()
    mockedCall.mockReset()
    localStorage.clear()
  })
  afterEach(() => jest.useRealTimers())

  it('lists the items with their mode badges and department, and says the list is example data', async () => {
    serve()
    render(<ItemsPage />)
    expect(await screen.findByText('个体工商户设立登记')).toBeTruthy()
    expect(screen.getByText('社会保障卡申领与补换')).toBeTruthy()
    expect(screen.getAllByText('周末无休')).toHaveLength(2)
    expect(screen.getAllByText('节假日预约')).toHaveLength(1)
    expect(await screen.findByText('县市场监督管理局', { selector: '.line' })).toBeTruthy()
    expect(screen.getByText(/当前显示的是示例数据/)).toBeTruthy()
  })

  it('does not call a real list example data', async () => {
    serve(items.map((i) => ({ ...i, example: undefined })))
    render(<ItemsPage />)
    await screen.findByText('个体工商户设立登记')
    expect(screen.queryByText(/示例数据/)).toBeNull()
  })

  it('finds an item by a word of a material, and says when nothing matches', async () => {
    serve()
    render(<ItemsPage />)
    await screen.findByText('个体工商户设立登记')
    expect(screen.getByText('清单共2项')).toBeTruthy()
    await typeSearch('证件照')
    await waitFor(() => expect(screen.queryByText('个体工商户设立登记')).toBeNull())
    expect(screen.getByText('社会保障卡申领与补换')).toBeTruthy()
    expect(screen.getByText('共找到1项')).toBeTruthy()
    await typeSearch('游泳馆')
    expect(await screen.findByText('没有找到相关事项，换个关键词试试')).toBeTruthy()
  })

  it('marks where the items that only mention the words begin, after those named by them (R1)', async () => {
    const list = [
      itemOf({ id: 'item-012', name: '居民身份证换领', departmentId: 'dept-ga' }),
      itemOf({ id: 'item-001', materials: [{ name: '居民身份证', copies: 1, form: 'original' }] }),
    ]
    mockedCall.mockImplementation(
      fakeCloud({
        // The server's answer: name matches first, with how many there are (`nameMatches`).
        'catalog/items.list': (input: { q?: string }) =>
          ok({ ...slicePage((input.q ? list : items).map(summary), { limit: DEFAULT_PAGE_SIZE }), ...(input.q ? { nameMatches: 1 } : {}) }),
        'catalog/departments.list': () => ok({ departments: [] }),
      }),
    )
    render(<ItemsPage />)
    await screen.findByText('社会保障卡申领与补换')
    expect(screen.queryByText(/以下事项的所需材料/)).toBeNull()
    await typeSearch('身份证')
    const divider = await screen.findByText('以下事项的所需材料或注意事项中提到“身份证”')
    expect(screen.getByText('共找到2项')).toBeTruthy()
    const order = [...document.querySelectorAll('.item-row .card__title, .list-divider')].map((e) => e.textContent)
    expect(order).toEqual(['居民身份证换领', divider.textContent, '个体工商户设立登记'])
  })

  it('filters by department with the chips', async () => {
    serve()
    render(<ItemsPage />)
    await screen.findByText('个体工商户设立登记')
    fireEvent.click(await screen.findByText('县人力资源和社会保障局', { selector: '.chip span' }))
    await waitFor(() => expect(screen.queryByText('个体工商户设立登记')).toBeNull())
    fireEvent.click(screen.getByText('全部'))
    expect(await screen.findByText('个体工商户设立登记')).toBeTruthy()
  })

  it('shows the server message on failure and loads again on retry', async () => {
    let fails = true
    mockedCall.mockImplementation(
      fakeCloud({
        'catalog/items.list': () => (fails ? fail('INTERNAL', '网络不稳定，请稍后重试') : ok({ items: items.map(summary), total: 2, nextCursor: null })),
        'catalog/departments.list': () => ok({ departments: [] }),
      }),
    )
    render(<ItemsPage />)
    expect(await screen.findByText('网络不稳定，请稍后重试')).toBeTruthy()
    fails = false
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('个体工商户设立登记')).toBeTruthy()
  })

  it('shows the first 20 items with the count, the rest on 加载更多, and a new search from its first page', async () => {
    const many = Array.from({ length: 25 }, (_, n) => itemOf({ id: `item-${100 + n}`, name: `测试事项${n + 1}号` }))
    serve(many)
    render(<ItemsPage />)
    expect(await screen.findByText('共 25 条，已显示 20 条')).toBeTruthy()
    expect(screen.queryByText('测试事项21号')).toBeNull()
    fireEvent.click(screen.getByText('加载更多'))
    expect(await screen.findByText('测试事项25号')).toBeTruthy()
    expect(screen.getByText('共 25 条，已显示 25 条')).toBeTruthy()
    expect(screen.queryByText('加载更多')).toBeNull()
    await typeSearch('测试事项2')
    expect(await screen.findByText('共 7 条，已显示 7 条')).toBeTruthy()
    expect(screen.queryByText('测试事项1号')).toBeNull()
  })

  it('opens the item page on a tap', async () => {
    serve()
    const navigate = jest.spyOn(Taro, 'navigateTo')
    render(<ItemsPage />)
    fireEvent.click(await screen.findByText('社会保障卡申领与补换'))
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/citizen/pages/item/index?id=item-006' })
  })
})
