import Taro from '@tarojs/taro'
import { openItem } from './openItem'

describe('opening an item page', () => {
  it('opens the page once for a double tap, and again after a pause', () => {
    const navigate = jest.spyOn(Taro, 'navigateTo')
    openItem('item-006', 10_000)
    openItem('item-006', 10_300)
    expect(navigate).toHaveBeenCalledTimes(1)
    openItem('item-006', 11_000)
    expect(navigate).toHaveBeenCalledTimes(2)
    expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/citizen/pages/item/index?id=item-006' })
  })
})
