import type { Page } from 'playwright-core'
import { openBrowser, type Session } from './browser'
import { startSystem, type System } from './system'

export interface E2E {
  system: System
  browser: Session
}

/**
 * One system (emulator, functions, H5 build) and one browser for a test file:
 * started before its tests, closed after them. Read the fields inside tests.
 */
export function useSystemAndBrowser(): E2E {
  const env = {} as E2E
  beforeAll(async () => {
    env.system = await startSystem()
    env.browser = await openBrowser()
  })
  afterAll(async () => {
    await env.browser?.close()
    await env.system?.close()
  })
  return env
}

/** The page on top of Taro's H5 page stack (earlier pages stay in the DOM, hidden). */
export const topPage = (page: Page) => page.locator('.taro_page').last()
