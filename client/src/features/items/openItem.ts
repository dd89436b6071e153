import Taro from '@tarojs/taro'

/** The item page's address for one item. */
export function itemPageUrl(id: string): string {
  return `/pages/item/index?id=${encodeURIComponent(id)}`
}

/** Opens an item's page on top of the list. */
export function openItem(id: string): void {
  void Taro.navigateTo({ url: itemPageUrl(id) })
}
