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
  // Navigation sets the route the next page reads with useRouter, as Taro's router does.
  navigateTo: async (options: { url: string }) => {
    route = routeOf(options.url)
    return { errMsg: 'navigateTo:ok' }
  },
  switchTab: async (options: { url: string }) => {
    route = routeOf(options.url)
    return { errMsg: 'switchTab:ok' }
  },
  redirectTo: async (options: { url: string }) => {
    route = routeOf(options.url)
    return { errMsg: 'redirectTo:ok' }
  },
  // The modal answers as the test said with answerModal (confirm unless told otherwise).
  showModal: async (options: { title?: string; content?: string }) => {
    modals.push({ title: options.title, content: options.content })
    return { confirm: modalAnswer, cancel: !modalAnswer, errMsg: 'showModal:ok' }
  },
  showToast: async (_options: { title: string }) => ({ errMsg: 'showToast:ok' }),
  pageScrollTo: async (_options: { selector?: string; scrollTop?: number; offsetTop?: number; duration?: number }) => ({ errMsg: 'pageScrollTo:ok' }),
  makePhoneCall: async (_options: { phoneNumber: string }) => ({ errMsg: 'makePhoneCall:ok' }),
  // Taro's H5 build keeps the copied text under this storage key too.
  setClipboardData: async (options: { data: string }) => {
    Taro.setStorageSync('taro_clipboard', options.data)
    return { errMsg: 'setClipboardData:ok' }
  },
  openLocation: async (_options: { latitude: number; longitude: number; name?: string; address?: string; scale?: number }) => ({ errMsg: 'openLocation:ok' }),
  addPhoneCalendar: async (_options: { title: string; startTime: number; endTime?: number; description?: string; location?: string }) => ({ errMsg: 'addPhoneCalendar:ok' }),
  getClipboardData: async () => ({ data: String(Taro.getStorageSync('taro_clipboard')), errMsg: 'getClipboardData:ok' }),
}

let modalAnswer = true
const modals: Array<{ title?: string; content?: string }> = []

/** Test helper: how the user answers the next modals (Taro.showModal), and the modals shown so far. */
export function answerModal(confirm: boolean): Array<{ title?: string; content?: string }> {
  modalAnswer = confirm
  return modals
}

interface Route {
  path: string
  params: Record<string, string>
}

let route: Route = { path: '/', params: {} }

function routeOf(url: string): Route {
  const [path, query = ''] = url.split('?')
  return { path, params: Object.fromEntries(new URLSearchParams(query)) }
}

/** The current page's route (Taro's `useRouter`): the path and query of the last navigation. */
export function useRouter(): Route {
  return route
}

type ShareContent = { title?: string; path?: string }
let shareHandler: (() => ShareContent) | undefined

/** Registers the page's 转发 handler (Taro's `useShareAppMessage`); the latest render's wins. */
export function useShareAppMessage(handler: () => ShareContent): void {
  shareHandler = handler
}

/** Test helper: what WeChat would get when the user taps 转发 on the current page. */
export function shareAppMessage(): ShareContent | undefined {
  return shareHandler?.()
}

/** Taro's `useDidShow`: jsdom has no page life cycle, so it never fires in these tests. */
export function useDidShow(_handler: () => void): void {}

export default Taro
