import { openBrowser, type Session } from './support/browser'
import { CALL_FAILURE_NOTICES, watchPages } from './support/pageWatch'
import { startSystem, type System } from './support/system'

// The watch itself, outside useSystemAndBrowser (whose afterEach would fail this test on purpose).
let system: System
let browser: Session
beforeAll(async () => {
  system = await startSystem()
  browser = await openBrowser()
})
afterAll(async () => {
  await browser?.close()
  await system?.close()
})

describe('a browser test fails at once when the page shows a failed call', () => {
  it('closes the page the moment the home page shows the network notice, so a wait for anything else ends at once', async () => {
    const pages = await watchPages(browser.context)
    const { page } = browser
    pages.watch(page)
    // Seeded: every catalog call fails as a function killed at its timeout does (HTTP 500 from the gateway).
    await page.route('**/__dev/call/catalog', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{"errCode":-504003}' }))
    await system.open(page, '/pages/index/index', system.identity('citizen').openid)

    const began = Date.now()
    const waited = await page
      .getByText('这段文字不会出现')
      .waitFor({ timeout: 30_000 })
      .then(
        () => 'appeared',
        (error: Error) => error.message,
      )
    expect(waited).toMatch(/closed/)
    expect(Date.now() - began).toBeLessThan(15_000)
    expect(pages.shown).toMatchObject({ text: CALL_FAILURE_NOTICES[0], screenshot: expect.any(Buffer) })
    expect(pages.log.join('\n')).toMatch(/call catalog \S+: HTTP 500 in \d+ ms: \{"errCode":-504003\}/)
  })
})
