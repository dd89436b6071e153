import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

/** Where a run asked for them (E2E_SHOTS=<dir>), the pages as people see them, normal and in large text. */
async function shoot(page: Page, name: string) {
  const dir = process.env.E2E_SHOTS
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  // The H5 page scrolls inside Taro's page element, so the whole page is shot with a window as tall as it.
  const height = await page.evaluate(() => Math.max(...[...document.querySelectorAll('.taro_page, .page, body')].map((e) => e.scrollHeight)))
  await page.setViewportSize({ width: 390, height: Math.max(844, height) })
  await page.screenshot({ path: `${dir}/${name}.png` })
  // and in screen-sized parts, to look at.
  for (let y = 0, part = 1; y < height; y += 844, part++) {
    await page.screenshot({ path: `${dir}/${name}-${part}.png`, clip: { x: 0, y, width: 390, height: Math.min(844, height - y) } })
  }
  await page.setViewportSize({ width: 390, height: 844 })
}

/** Large text as the 大字 switch leaves it (`pref.largeText`), for pages opened next. */
async function setLargeText(page: Page, on: boolean) {
  await page.evaluate((value) => localStorage.setItem('pref.largeText', JSON.stringify({ data: value })), on)
}

const searchBox = (page: Page) => page.locator('input[placeholder="搜索事项名称或所需材料"]')
const rowTitles = (page: Page) => page.locator('.item-row .card__title').allTextContents()

describe('search finds what people mean (R1)', () => {
  it('lists the items named by the word before those that only ask for it as a material, and says how many', async () => {
    const { page } = env.browser
    const answer = (await env.system.call('catalog', 'items.list', { q: '身份证' })).data
    await env.system.open(page, '/pages/items/index', env.system.identity('citizen').openid)
    await page.getByText('个体工商户设立登记').waitFor()
    await searchBox(page).fill('身份证')
    await page.getByText(`共找到${answer.total}项`).waitFor()
    const titles = await rowTitles(page)
    // 居民身份证… belong to 公安户政, fifth among departments, yet lead: their name holds the word.
    expect(titles.slice(0, 2)).toEqual(['居民身份证挂失补领', '居民身份证换领'])
    expect(titles.slice(2).length).toBeGreaterThan(0)
    expect(titles.slice(2).some((t) => t.includes('身份证'))).toBe(false)
    const order = await page.locator('.item-row .card__title, .list-divider').allTextContents()
    expect(order.slice(0, 3)).toEqual(['居民身份证挂失补领', '居民身份证换领', '以下事项的所需材料或注意事项中提到“身份证”'])
    await shoot(page, 'items-search')
    await setLargeText(page, true)
    await page.reload()
    await searchBox(page).fill('身份证')
    await page.getByText(`共找到${answer.total}项`).waitFor()
    expect((await rowTitles(page)).slice(0, 2)).toEqual(['居民身份证挂失补领', '居民身份证换领'])
    await shoot(page, 'items-search-large')
    await setLargeText(page, false)
  })
})

describe('the item guide is a complete 一次性告知 (R1)', () => {
  it('shows conditions, materials, where to go, fee, limits, delivery and a phone to tap', async () => {
    const { page } = env.browser
    await env.system.open(page, '/packages/citizen/pages/item/index?id=item-009', env.system.identity('citizen').openid)
    await page.getByText('二手房转移登记').first().waitFor()
    await page.getByText('受理条件', { exact: true }).waitFor()
    await page.getByText('房屋已取得不动产权证书', { exact: false }).waitFor()
    await page.getByText('政务服务中心二楼东区').waitFor()
    await page.getByText('6号窗口（不动产登记）').waitFor()
    const facts = await page.locator('.fact__label').evaluateAll((labels) => labels.map((l) => `${l.textContent}：${l.nextElementSibling?.textContent}`))
    expect(facts).toEqual([
      '收费标准：住宅每件80元，非住宅每件550元（按国家收费标准）',
      '法定办结时限：30个工作日',
      '承诺办结时限：5个工作日',
      '结果送达方式：窗口领取、邮寄送达、电子证照',
      '咨询电话：0533-3618141',
    ])
    await page.getByText('拨打咨询电话').waitFor()
    await shoot(page, 'item-guide')
    await setLargeText(page, true)
    await page.reload()
    await page.getByText('收费、时限和结果领取').waitFor()
    const call = await page.getByText('拨打咨询电话').boundingBox()
    expect(call!.height).toBeGreaterThanOrEqual(48)
    await shoot(page, 'item-guide-large')
    await setLargeText(page, false)
  })

  it('lets an admin fill the guide, refuses a promise longer than the law, and the citizen sees the saved guide', async () => {
    const { page } = env.browser
    const admin = env.system.identity('admin').openid
    const created = await env.system.call(
      'admin',
      'items.create',
      { requestId: 'guide-e2e-0001', item: { name: '农机购置补贴申请', departmentId: 'dept-zwb', materials: [], modes: ['walk-in'], estimatedMinutes: 30 } },
      admin,
    )
    const id = created.data.item.id as string
    await env.system.open(page, `/packages/admin/pages/item-edit/index?id=${id}`, admin)
    await page.getByText('办事指南（一次性告知）').waitFor()
    await page.locator('input[placeholder="如：不收费"]').fill('不收费')
    await page.locator('input[placeholder="如：20"]').fill('5')
    await page.locator('input[placeholder="如：5"]').fill('10')
    await page.locator('input[placeholder="如：二楼东区"]').fill('一楼大厅')
    await page.getByText('保存', { exact: true }).click()
    await page.getByText('承诺办结时限不能超过法定办结时限').waitFor()
    await shoot(page, 'item-edit-error')
    await page.locator('input[placeholder="如：5"]').fill('0')
    await page.getByText('保存', { exact: true }).click()
    for (let tries = 0; (await env.system.call('catalog', 'items.get', { id })).data.item.version !== 2; tries++) {
      expect(tries).toBeLessThan(50)
      await page.waitForTimeout(100)
    }

    await env.system.open(page, `/packages/citizen/pages/item/index?id=${id}`, env.system.identity('citizen').openid)
    await page.getByText('政务服务中心一楼大厅').waitFor()
    const facts = await page.locator('.fact__label').evaluateAll((labels) => labels.map((l) => `${l.textContent}：${l.nextElementSibling?.textContent}`))
    expect(facts).toEqual(['收费标准：不收费', '法定办结时限：5个工作日', '承诺办结时限：即办（当场办结）', '结果送达方式：请咨询', '咨询电话：0533-3618118'])
    await setLargeText(page, true)
    await env.system.open(page, `/packages/admin/pages/item-edit/index?id=${id}`, admin)
    await page.getByText('办事指南（一次性告知）').waitFor()
    await shoot(page, 'item-edit-large')
    await setLargeText(page, false)
  })
})
