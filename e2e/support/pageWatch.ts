import type { BrowserContext, Page } from 'playwright-core'
import { ERROR_MESSAGES } from '@shared/errors'

/**
 * What the H5 app shows when a cloud call failed on its way (the gateway's
 * HTTP error, e.g. a function killed at its timeout) or answered `INTERNAL`
 * (`client/src/api/cloud.ts`). No browser test expects either, so the test
 * fails as soon as one shows instead of waiting out its time for a text that
 * will never come.
 */
export const CALL_FAILURE_NOTICES: readonly string[] = ['网络不稳定，请稍后重试', ERROR_MESSAGES.INTERNAL]

export interface NoticeShown {
  text: string
  url: string
  /** The page as it showed the notice, taken before the page was closed. */
  screenshot?: Buffer
}

export interface PageWatch {
  /** Everything the page did that may explain a failure, one line each, oldest first. */
  readonly log: readonly string[]
  /** The call-failure notice the page showed, if any, since the last `watch`. */
  readonly shown?: NoticeShown
  /** Starts the log over and watches `page` (a fresh page after a notice closed the last one). */
  watch(page: Page): void
}

/** Runs in the page: reports the first call-failure notice that becomes visible. */
function reportNotices(notices: readonly string[]): void {
  let reported = false
  let scheduled = false
  const check = () => {
    scheduled = false
    if (reported || !document.body) return
    const visible = document.body.innerText
    const found = notices.find((notice) => visible.includes(notice))
    if (!found) return
    reported = true
    ;(window as unknown as { e2eNoticeShown: (text: string) => void }).e2eNoticeShown(found)
  }
  new MutationObserver(() => {
    if (scheduled) return
    scheduled = true
    setTimeout(check, 50)
  }).observe(document, { childList: true, subtree: true, characterData: true })
}

/** `counter appointments.confirm` from a gateway call's body, or the path when it has none. */
function callName(url: string, body: string | null): string {
  const fn = url.split('/__dev/call/')[1]?.split('?')[0] ?? url
  try {
    return `${fn} ${String((JSON.parse(body ?? '') as { action?: unknown }).action)}`
  } catch {
    return fn
  }
}

/**
 * Keeps a log of one page (console, page errors, failed requests, every
 * cloud call with its status and time) and closes the page the moment it
 * shows a call-failure notice: every wait on it then fails at once, and
 * `shown` says why. Call `watch` with the page before the test uses it.
 */
export async function watchPages(context: BrowserContext): Promise<PageWatch> {
  const started = Date.now()
  let current: Page | undefined
  const state: { log: string[]; shown?: NoticeShown } = { log: [] }
  const note = (line: string) => state.log.push(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`)

  await context.exposeBinding('e2eNoticeShown', async ({ page }, text: string) => {
    if (page !== current || state.shown) return
    note(`the page shows "${text}": failing the test now`)
    const screenshot = await page.screenshot({ fullPage: true }).catch(() => undefined)
    state.shown = { text, url: page.url(), screenshot }
    await page.close()
  })
  await context.addInitScript(reportNotices, CALL_FAILURE_NOTICES)

  const sentAt = new Map<object, number>()
  return {
    get log() {
      return state.log
    },
    get shown() {
      return state.shown
    },
    watch(page) {
      current = page
      state.log = []
      state.shown = undefined
      page.on('console', (m) => note(`console.${m.type()}: ${m.text()}`))
      page.on('pageerror', (error) => note(`page error: ${error.message}`))
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) note(`at ${frame.url()}`)
      })
      page.on('request', (request) => sentAt.set(request, Date.now()))
      page.on('requestfailed', (request) => note(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`))
      page.on('response', async (response) => {
        const request = response.request()
        if (!request.url().includes('/__dev/call/')) return
        const ms = Date.now() - (sentAt.get(request) ?? Date.now())
        const line = `call ${callName(request.url(), request.postData())}: HTTP ${response.status()} in ${ms} ms`
        if (response.ok()) return note(line)
        note(`${line}: ${await response.text().catch(() => '(body lost)')}`)
      })
    },
  }
}
