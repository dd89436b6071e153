/**
 * The part of `@tarojs/taro` that client unit tests reach, implemented the way
 * Taro's H5 build does it (storage in localStorage, JSON-encoded). Taro's H5
 * package itself pulls in its router and Stencil components, which jsdom
 * cannot load; the real APIs are exercised by test/weapp and e2e/.
 */
const Taro = {
  getStorageSync(key: string): unknown {
    const raw = localStorage.getItem(key)
    if (raw === null) return ''
    try {
      return (JSON.parse(raw) as { data: unknown }).data
    } catch {
      return ''
    }
  },
  setStorageSync(key: string, data: unknown): void {
    localStorage.setItem(key, JSON.stringify({ data }))
  },
  removeStorageSync(key: string): void {
    localStorage.removeItem(key)
  },
  navigateTo: async (_options: { url: string }) => ({ errMsg: 'navigateTo:ok' }),
}

export default Taro
