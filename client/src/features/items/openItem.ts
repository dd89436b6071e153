import Taro from '@tarojs/taro'

/** The item page's address for one item. */
export function itemPageUrl(id: string): string {
  return `/packages/citizen/pages/item/index?id=${encodeURIComponent(id)}`
}

const DOUBLE_TAP_MS = 800
let lastOpened = 0

/**
 * Opens an item's page on top of the list. A second tap while the first is
 * still opening would push the page twice; it is ignored.
 */
export function openItem(id: string, now: number = Date.now()): void {
  if (now - lastOpened < DOUBLE_TAP_MS) return
  lastOpened = now
  void Taro.navigateTo({ url: itemPageUrl(id) })
}
