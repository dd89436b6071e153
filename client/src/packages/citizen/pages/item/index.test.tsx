import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { fail, ok } from '@shared/api'
import type { Item } from '@shared/items'
import { callCloud } from '../../../../api/cloud'
import { fakeCloud, itemOf, windowOf } from '../../../../features/items/fixtures'
// The stand-in for @tarojs/taro (jest.config.js) plays WeChat's 转发 tap.
import { shareAppMessage } from '../../../../../../test/support/taro'
import ItemPage from './index'

jest.mock('../../../../api/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.Mock

const lead = windowOf()
const assisting = windowOf({ id: 'win-10', departmentId: 'dept-sw', number: 'B10', name: '税费缴纳' })

function serve(item: Item | undefined) {
  mockedCall.mockImplementation(
    fakeCloud({
      'catalog/items.get': (input: { id: string }) =>
        item && input.id === item.id ? ok({ item, windows: [assisting, lead] }) : fail('NOT_FOUND', '没有找到该事项'),
    }),
  )
}

/** Navigates to the item's page and renders it, as the list's tap does. */
function open(item: Item | undefined, id = item?.id ?? 'item-404') {
  serve(item)
  void Taro.navigateTo({ url: `/packages/citizen/pages/item/index?id=${id}` })
  render(<ItemPage />)
}

describe('the item page (R1, R11, R13)', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    localStorage.clear()
  })

  it('reads the item named in the route and shows time, windows and notes', async () => {
    open(itemOf({ assistingDepartmentIds: ['dept-sw'] }))
    expect(await screen.findByText('个体工商户设立登记')).toBeTruthy()
    expect(mockedCall).toHaveBeenCalledWith('catalog', 'items.get', { id: 'item-001' })
    expect(screen.getByText('预计办理时长：约30分钟')).toBeTruthy()
    const windows = screen.getAllByText(/号窗口/).map((e) => e.textContent)
    expect(windows).toEqual(['A2号窗口（市场主体登记）', 'B10号窗口（税费缴纳）配合'])
    expect(screen.getByText('委托他人办理的需携带委托书。')).toBeTruthy()
  })

  it('reads as a complete 一次性告知: conditions, materials, notes, where, fee, limits, delivery, phone (R1)', async () => {
    open(
      itemOf({
        conditions: '有经营能力的公民，经营场所已确定。',
        fee: '不收费',
        legalDays: 15,
        promisedDays: 0,
        location: '一楼东区',
        delivery: ['window', 'post'],
        phone: '0533-3618121',
      }),
    )
    expect(await screen.findByText('有经营能力的公民，经营场所已确定。')).toBeTruthy()
    const titles = screen.getAllByText(/^(受理条件|所需材料|注意事项|办理地点|收费、时限和结果领取)$/).map((e) => e.textContent)
    expect(titles).toEqual(['受理条件', '所需材料', '注意事项', '办理地点', '收费、时限和结果领取'])
    expect(screen.getByText('政务服务中心一楼东区')).toBeTruthy()
    const facts = [...document.querySelectorAll('.fact__label')].map((l) => `${l.textContent}：${l.nextElementSibling?.textContent}`)
    expect(facts).toEqual(['收费标准：不收费', '法定办结时限：15个工作日', '承诺办结时限：即办（当场办结）', '结果送达方式：窗口领取、邮寄送达', '咨询电话：0533-3618121'])
  })

  it("calls the item's consultation phone with one tap", async () => {
    const makePhoneCall = jest.fn(async () => ({ errMsg: 'makePhoneCall:ok' }))
    Object.assign(Taro, { makePhoneCall })
    open(itemOf({ phone: '0533-3618121' }))
    fireEvent.click(await screen.findByText('拨打咨询电话'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0533-3618121' })
  })

  it('still shows an item saved before the guide: no conditions card, 请咨询 and the center phone', async () => {
    open(itemOf())
    await screen.findByText('个体工商户设立登记')
    expect(screen.queryByText('受理条件')).toBeNull()
    expect(screen.getAllByText('请咨询')).toHaveLength(4)
    expect(screen.getByText('0533-3618118')).toBeTruthy()
  })

  it('lists the materials as a checklist the citizen ticks off', async () => {
    open(itemOf())
    expect(await screen.findByText('居民身份证')).toBeTruthy()
    expect(screen.getByText('2份 · 复印件')).toBeTruthy()
    expect(screen.getByText('租赁合同或房产证复印件')).toBeTruthy()
    expect(screen.getByText('已准备 0/2 项，点按勾选')).toBeTruthy()
    fireEvent.click(screen.getByText('居民身份证'))
    expect(screen.getByText('已准备 1/2 项，点按勾选')).toBeTruthy()
    expect((screen.getAllByRole('checkbox') as HTMLInputElement[]).map((c) => c.checked)).toEqual([true, false])
  })

  it('copies the materials as plain text', async () => {
    open(itemOf())
    fireEvent.click(await screen.findByText('复制材料清单'))
    await waitFor(() => expect(Taro.getStorageSync('taro_clipboard')).toMatch(/^个体工商户设立登记 所需材料：\n1\. 居民身份证（1份 · 原件）/))
  })

  it('shares a card titled with the item name', async () => {
    open(itemOf())
    await screen.findByText('个体工商户设立登记')
    expect(shareAppMessage()).toEqual({ title: '个体工商户设立登记：所需材料和办理窗口', path: '/packages/citizen/pages/item/index?id=item-001' })
  })

  it('offers holiday booking for an item open to it (R4)', async () => {
    open(itemOf())
    const navigateTo = jest.spyOn(Taro, 'navigateTo')
    fireEvent.click(await screen.findByText('预约节假日办理'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/citizen/pages/book/index?itemId=item-001' })
  })

  it('does not offer holiday booking for a walk-in-only item', async () => {
    open(itemOf({ modes: ['walk-in'] }))
    await screen.findByText('个体工商户设立登记')
    expect(screen.queryByText('预约节假日办理')).toBeNull()
  })

  it('says an archived item is no longer handled, without a booking button', async () => {
    open(itemOf({ active: false }))
    expect(await screen.findByText('该事项已停止办理')).toBeTruthy()
    expect(screen.queryByText('预约节假日办理')).toBeNull()
  })

  it('shows a failure with a retry that loads the item', async () => {
    let fails = true
    mockedCall.mockImplementation(
      fakeCloud({ 'catalog/items.get': () => (fails ? fail('INTERNAL', '网络不稳定，请稍后重试') : ok({ item: itemOf(), windows: [] })) }),
    )
    void Taro.navigateTo({ url: '/packages/citizen/pages/item/index?id=item-001' })
    render(<ItemPage />)
    expect(await screen.findByText('网络不稳定，请稍后重试')).toBeTruthy()
    fails = false
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('个体工商户设立登记')).toBeTruthy()
    expect(screen.getByText('请到政务服务中心咨询台询问')).toBeTruthy()
  })

  it('says clearly when the item does not exist', async () => {
    open(undefined)
    expect(await screen.findByText(/没有找到该事项/)).toBeTruthy()
    expect(screen.queryByText('重试')).toBeNull()
  })
})
