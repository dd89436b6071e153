import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { pickDate } from './support/picker'
import { ARTIFACTS_DIR, topPage, useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

const SECTION = 'oEXAMPLE_section_li'
const STAFF = 'oEXAMPLE_rs_staff'

/** Kept for people to look at, normal and large text at 390×844 (git-ignored with the other artifacts). */
async function shoot(page: Page, name: string) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `weekend-${name}.png`), fullPage: true })
}

/** Opens a page as `openid`, in large text (大字) when asked, as the app's switch leaves it in storage. */
async function openAs(page: Page, hash: string, openid: string | undefined, large = false) {
  await env.system.open(page, hash, openid)
  if (!large) return
  await page.evaluate(() => localStorage.setItem('pref.largeText', JSON.stringify({ data: true })))
  await page.reload()
  await page.locator('.page--large').first().waitFor()
}

/** Every button and tappable chip or cell of the roster and the walk-in log at least 48 px high (large text). */
async function expectTapTargets(page: Page) {
  const small = await topPage(page)
    .locator('.duty-day, .walk-in-log')
    .locator('.action-btn, .duty-chip, .duty-cell, .duty-panel__dismiss')
    .evaluateAll((nodes) => nodes.filter((n) => (n as HTMLElement).offsetParent !== null && n.getBoundingClientRect().height < 48).map((n) => n.textContent))
  expect(small).toEqual([])
}

/**
 * The weekend at scale in Chromium (issue 16 item 12, issue 18 item 5): the
 * section fills window 5's gap (就业创业, walk-in items, nobody of its own)
 * with 郑丽 of window 4 covering, and closes window 3 for Saturday with a
 * reason (R21, R22, R23); a citizen sees on the home page what can be handled
 * where this weekend (R2); on Saturday 郑丽 checks in and logs walk-in
 * services in a few taps, and supervision shows the weekend volume.
 */
describe('weekend duty at scale (R2, R21, R22, R23)', () => {
  it('fills a gap with cover from the department and closes a day with a reason, from where the gap is shown', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-10-12T09:00:00+08:00')
    await openAs(page, '/packages/section/pages/duty/index', SECTION)
    const roster = topPage(page)
    const saturday = roster.locator('.duty-day', { hasText: '10月17日 周六' })
    const line5 = saturday.locator('.duty-grid__row', { hasText: '5号 就业创业' })
    await line5.getByText('点此安排').first().waitFor()
    await line5.locator('.duty-cell').first().click()
    const panel = saturday.locator('.duty-panel')
    await panel.getByText('10月17日 上午 08:30–12:00 · 5号窗口 就业创业').waitFor()
    await panel.getByText('本窗口没有自己的工作人员', { exact: false }).waitFor()
    await panel.getByText('+ 郑丽（4号窗口）').click()
    await panel.getByText('已安排郑丽值班').waitFor()
    await line5.getByText('郑丽（顶岗）').waitFor()
    await shoot(page, 'roster-cover')

    const line3 = saturday.locator('.duty-grid__row', { hasText: '3号 食品药品许可' })
    await line3.locator('.duty-cell').first().click()
    await panel.getByText('10月17日 上午 08:30–12:00 · 3号窗口 食品药品许可').waitFor()
    await panel.getByText('确认当天不开放').click()
    await panel.getByText('请填写不开放原因').waitFor()
    await panel.getByText('本窗口人员外出培训').click()
    await panel.getByText('确认当天不开放').click()
    await panel.getByText('已设为当天不开放，督查不计无人值班').waitFor()
    await line3.getByText('当天不开放').waitFor()
    await panel.getByText('管理科已决定当天不开放：本窗口人员外出培训').waitFor()
    await shoot(page, 'roster-closed')
    const answer = await env.system.call('supervision', 'duty.roster', { from: '2026-10-17', to: '2026-10-17' }, SECTION)
    expect(answer.data.closures).toEqual([expect.objectContaining({ windowId: 'win-03', reason: '本窗口人员外出培训' })])
    expect(answer.data.gaps.filter((g: { windowId: string }) => g.windowId === 'win-03')).toEqual([])

    await openAs(page, '/packages/section/pages/duty/index', SECTION, true)
    const large = topPage(page).locator('.duty-day', { hasText: '10月17日 周六' })
    await large.locator('.duty-grid__row', { hasText: '5号 就业创业' }).locator('.duty-cell').nth(1).click()
    await large.locator('.duty-panel').getByText('+ 郑丽（4号窗口）').waitFor()
    await shoot(page, 'roster-large')
    await expectTapTargets(page)

    // A window leader fills their own window's gaps but does not close a day: the section decides (R21, R23).
    await openAs(page, '/packages/section/pages/duty/index', 'oEXAMPLE_rs_leader')
    const sunday = topPage(page).locator('.duty-day', { hasText: '10月18日 周日' })
    await sunday.locator('.duty-grid__row', { hasText: '4号 社保业务' }).locator('.duty-cell').first().click()
    await sunday.locator('.duty-panel').getByText('无人可排时，请报管理科决定当天是否开放。').waitFor()
    expect(await sunday.locator('.duty-panel').getByText('确认当天不开放').count()).toBe(0)
  })

  it("shows a citizen this weekend's windows on duty and their walk-in items, not the closed or unstaffed ones", async () => {
    const { page } = env.browser
    for (const large of [false, true]) {
      await openAs(page, '/pages/index/index', env.system.identity('citizen').openid, large)
      const card = topPage(page).locator('.weekend-walk-in')
      await card.getByText('本周末可办事项').waitFor()
      await card.getByText('5号窗口 就业创业（一楼西区）').waitFor()
      await card.getByText('仅上午 8:30-12:00').waitFor()
      await card.getByText('就业创业证申领', { exact: false }).waitFor()
      expect(await card.getByText('食品药品许可', { exact: false }).count()).toBe(0)
      expect(await card.innerText()).not.toMatch(/郑丽|win-|item-|\d{4}-\d{2}-\d{2}/)
      await card.scrollIntoViewIfNeeded()
      await shoot(page, `citizen-${large ? 'large' : 'normal'}`)
    }
  })

  it('lets staff on duty log walk-in services in a few taps, and supervision shows the volume', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-10-17T08:25:00+08:00')
    await openAs(page, '/packages/staff/pages/duty/index', STAFF)
    const duty = topPage(page)
    await duty.getByText('签到后可登记今天窗口办理的事项和件数。').waitFor()
    await duty.getByText('签到', { exact: true }).click()
    const log = duty.locator('.walk-in-log')
    await log.getByText('5号窗口 就业创业：选事项、件数，点“登记”。').waitFor()
    await log.getByText('就业创业证申领').click()
    await log.getByText('+', { exact: true }).click()
    await log.getByText('+', { exact: true }).click()
    await log.getByText('帮办代办', { exact: true }).click()
    await log.getByText('登记 3 件').click()
    await log.getByText('已登记：就业创业证申领 3 件（帮办代办）').waitFor()
    await log.getByText('今天窗口登记的：共 3 件').waitFor()
    await log.getByText(/^08:2\d 郑丽 就业创业证申领 3 件 · 帮办代办$/).waitFor()
    await log.locator('.walk-in-log__list').scrollIntoViewIfNeeded()
    await shoot(page, 'walk-in-log')
    const stored = await env.system.call('counter', 'walkIn.today', {}, STAFF)
    expect(stored.data.services).toEqual([expect.objectContaining({ windowId: 'win-05', itemId: 'item-008', count: 3, assisted: true })])

    await openAs(page, '/packages/staff/pages/duty/index', STAFF, true)
    const largeLog = topPage(page).locator('.walk-in-log')
    await largeLog.getByText('社会保障卡申领与补换').click()
    await largeLog.getByText('登记 1 件').click()
    await largeLog.getByText('今天窗口登记的：共 4 件').waitFor()
    await largeLog.locator('.walk-in-log__list').scrollIntoViewIfNeeded()
    await shoot(page, 'walk-in-log-large')
    await expectTapTargets(page)

    await env.system.setClock('2026-10-19T09:00:00+08:00')
    await openAs(page, '/packages/section/pages/supervision/index', SECTION)
    const report = topPage(page)
    await report.getByText('自定义', { exact: true }).click()
    await pickDate(page, report.locator('.supervision-from'), '2026-10-12')
    await pickDate(page, report.locator('.supervision-to'), '2026-10-18')
    await report.getByText('查询', { exact: true }).click()
    await report.getByText('周末办件 4', { exact: false }).waitFor()
    const window5 = report.locator('.supervision-window').filter({ hasText: '5号窗口 就业创业' })
    await window5.getByText('周末办件量：4').waitFor()
    await window5.getByText('其中帮办代办：3').waitFor()
    const window3 = report.locator('.supervision-window').filter({ hasText: '3号窗口 食品药品许可' })
    await window3.getByText('管理科批准不开放天数：1').waitFor()
    await shoot(page, 'supervision')
  })
})
