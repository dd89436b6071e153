import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

/**
 * Debian's Chromium, headless, with the flags this machine needs
 * (docs/toolchain.md, 9): no sandbox as root, no background network. Playwright
 * gives each launch a fresh, throwaway profile of its own.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]
  const found = candidates.find((p) => existsSync(p))
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH')
  return found
}

export interface Session {
  browser: Browser
  context: BrowserContext
  page: Page
  close(): Promise<void>
}

/** A phone-sized page in a fresh browser profile. */
export async function openBrowser(): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' })
  const page = await context.newPage()
  return {
    browser,
    context,
    page,
    async close() {
      await browser.close()
    },
  }
}
