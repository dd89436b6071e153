import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ok } from '@shared/api'
import type { Item } from '@shared/items'
import { callCloud } from '../../../../api/cloud'
import { upcomingAt } from '../../../../features/booking/fixtures'
import { fakeCloud, itemOf } from '../../../../features/items/fixtures'
import BookPage from './index'

jest.mock('../../../../api/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.Mock

function open(now: string, item: Item = itemOf({ id: 'item-006', name: '社会保障卡申领与补换' })) {
  mockedCall.mockImplementation(
    fakeCloud({
      'catalog/items.get': () => ok({ item, windows: [] }),
      'catalog/calendar.upcoming': () => ok(upcomingAt(now)),
    }),
  )
  void Taro.navigateTo({ url: `/packages/citizen/pages/book/index?itemId=${item.id}` })
  render(<BookPage />)
}

beforeEach(() => mockedCall.mockReset())

describe('the book page (R6, R7, R8)', () => {
  it('offers 国庆节 with its days and deadline before 17:00 on 30 September', async () => {
    open('2026-09-30T16:59:00+08:00')
    expect(await screen.findByText('办理事项：社会保障卡申领与补换')).toBeTruthy()
    expect(screen.getByText('请在9月30日17:00前提交')).toBeTruthy()
    expect(screen.getByText('10月1日 周四')).toBeTruthy()
    expect(screen.getByText('10月7日 周三')).toBeTruthy()
  })

  it("shows each field's message beside it and sends nothing", async () => {
    open('2026-09-30T16:59:00+08:00')
    fireEvent.click(await screen.findByText('提交预约'))
    expect(screen.getByText('请选择预约日期')).toBeTruthy()
    expect(screen.getByText('请填写申请人姓名')).toBeTruthy()
    expect(mockedCall.mock.calls.some(([, action]) => action === 'appointments.request')).toBe(false)
  })

  it('says plainly that nothing can be booked after the deadline, and why', async () => {
    open('2026-09-30T17:01:00+08:00')
    expect(await screen.findByText('当前没有可预约的节假日')).toBeTruthy()
    expect(screen.getByText('国庆节（10月1日—10月7日）的预约已于9月30日 17:00截止')).toBeTruthy()
    expect(screen.queryByText('提交预约')).toBeNull()
  })

  it('opened from home for a holiday: that holiday chosen, the items chosen on the page (issue 16, item 4)', async () => {
    const items = [itemOf({ id: 'item-006', name: '社会保障卡申领与补换' }), itemOf({ id: 'item-001', name: '个体工商户设立登记' })]
    mockedCall.mockImplementation(
      fakeCloud({
        'catalog/items.list': () => ok({ items, nextCursor: null }),
        'catalog/calendar.upcoming': () => ok(upcomingAt('2026-09-20T10:00:00+08:00')),
      }),
    )
    void Taro.navigateTo({ url: '/packages/citizen/pages/book/index?holiday=%E5%9B%BD%E5%BA%86%E8%8A%82' })
    render(<BookPage />)
    expect(await screen.findByText('国庆节（10月1日—10月7日）')).toHaveProperty('className', 'chip chip--on')
    fireEvent.click(await screen.findByText('个体工商户设立登记'))
    expect(screen.getByText('个体工商户设立登记')).toHaveProperty('className', 'chip chip--on')
    expect(screen.getByText('已选1项，再点一下可取消')).toBeTruthy()
  })

  it('offers eight items at once, the chosen first, and says a search finds the rest', async () => {
    const items = Array.from({ length: 12 }, (_, i) => itemOf({ id: `item-1${String(i).padStart(2, '0')}`, name: `事项${i + 1}` }))
    mockedCall.mockImplementation(
      fakeCloud({
        'catalog/items.list': () => ok({ items, nextCursor: null }),
        'catalog/calendar.upcoming': () => ok(upcomingAt('2026-09-20T10:00:00+08:00')),
      }),
    )
    void Taro.navigateTo({ url: '/packages/citizen/pages/book/index' })
    render(<BookPage />)
    expect(await screen.findByText('还有4个事项，请输入名称查找')).toBeTruthy()
    expect(screen.queryByText('事项9')).toBeNull()
    fireEvent.click(screen.getByText('事项8'))
    expect(screen.getByText('事项8')).toHaveProperty('className', 'chip chip--on')
    expect(screen.getByText('还有4个事项，请输入名称查找')).toBeTruthy()
  })

  it('重新预约: the same items and the day of the cancelled one, while its holiday is open', async () => {
    mockedCall.mockImplementation(
      fakeCloud({
        'catalog/items.get': ({ id }: { id: string }) => ok({ item: itemOf({ id, name: id === 'item-006' ? '社会保障卡申领与补换' : '个体工商户设立登记' }), windows: [] }),
        'catalog/calendar.upcoming': () => ok(upcomingAt('2026-09-30T10:00:00+08:00')),
      }),
    )
    void Taro.navigateTo({ url: '/packages/citizen/pages/book/index?itemIds=item-006%2Citem-001&date=2026-10-02' })
    render(<BookPage />)
    expect(await screen.findByText('办理事项：社会保障卡申领与补换、个体工商户设立登记')).toBeTruthy()
    expect(await screen.findByText('10月2日 周五')).toHaveProperty('className', 'chip chip--on')
  })

  it('does not offer a walk-in-only item for a holiday (R1)', async () => {
    open('2026-09-30T16:59:00+08:00', itemOf({ id: 'item-009', modes: ['walk-in'] }))
    expect(await screen.findByText('该事项不提供节假日预约，请在工作日或周末到大厅办理。')).toBeTruthy()
    expect(screen.queryByText('提交预约')).toBeNull()
  })
})
