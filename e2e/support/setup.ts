import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { openBrowser, type Session } from './browser'
import { watchPages, type PageWatch } from './pageWatch'
import { startSystem, type System } from './system'

export interface E2E {
  system: System
  browser: Session
}

/** Where a failed test leaves its screenshot and page log (git-ignored). */
export const ARTIFACTS_DIR = path.resolve(__dirname, '..', 'artifacts')

/**
 * One system (emulator, functions, H5 build) and one browser for a test file:
 * started before its tests, closed after them. Read the fields inside tests.
 *
 * A test that fails leaves `e2e/artifacts/<file> <test>.png` and `.log`: the
 * page's console, errors, every cloud call with its status and time, and the
 * emulator's last invocations. A page that shows a call-failure notice
 * (`CALL_FAILURE_NOTICES`) fails its test at once, saying so.
 */
export function useSystemAndBrowser(): E2E {
  const env = {} as E2E
  let pages: PageWatch
  beforeAll(async () => {
    env.system = await startSystem()
    env.browser = await openBrowser()
    pages = await watchPages(env.browser.context)
    pages.watch(env.browser.page)
  })
  afterEach(async () => {
    const failed = (globalThis as { e2eFailedTest?: string }).e2eFailedTest
    const shown = pages.shown
    if (!failed && !shown) return
    const kept = await keepArtifacts(env, pages, failed ?? expect.getState().currentTestName ?? 'test')
    if (!shown) return
    env.browser.page = await env.browser.context.newPage()
    pages.watch(env.browser.page)
    throw new Error(`the page showed "${shown.text}" at ${shown.url} (a cloud call failed); screenshot and page log: ${kept}`)
  })
  afterAll(async () => {
    await env.browser?.close()
    await env.system?.close()
  })
  return env
}

/** Writes the screenshot and the page log of a failed test; answers the path they share. */
async function keepArtifacts(env: E2E, pages: PageWatch, testName: string): Promise<string> {
  const file = path.basename(expect.getState().testPath ?? 'e2e', '.e2e.test.ts')
  const base = path.join(ARTIFACTS_DIR, `${file} ${testName}`.replace(/[^\p{L}\p{N} ._-]+/gu, '_').slice(0, 150))
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  const screenshot = pages.shown?.screenshot ?? (await env.browser.page.screenshot({ fullPage: true }).catch(() => undefined))
  if (screenshot) writeFileSync(`${base}.png`, screenshot)
  const invocations = await fetch(`${env.system.url}/__dev/stats?limit=30`)
    .then((res) => res.json() as Promise<{ invocations: unknown[] }>)
    .then(({ invocations }) => invocations.map((i) => JSON.stringify(i)))
    .catch((error: unknown) => [`(the emulator did not answer: ${String(error)})`])
  writeFileSync(`${base}.log`, [`${testName}`, '', 'page:', ...pages.log, '', 'emulator, last invocations:', ...invocations, ''].join('\n'))
  return `${base}.{png,log}`
}

/** The page on top of Taro's H5 page stack (earlier pages stay in the DOM, hidden). */
export const topPage = (page: Page) => page.locator('.taro_page').last()
