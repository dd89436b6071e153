import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { ARTIFACTS_DIR, topPage, useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

/** Text no citizen should read: ISO dates and times, `HH:mm` placeholders, ids. */
const CODES = /\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}|HH:mm|item-\d|win-\d|oEXAMPLE/

/** Screenshots of what people see, normal and large text, for review (e2e/artifacts, git-ignored). */
async function shoot(page: Page, name: string) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `citizen-${name}.png`) })
}

/**
 * Opens a page as the seeded citizen, in large text when asked (the 大字 switch's
 * stored choice, which `system.open` clears with the rest of the storage).
 */
async function open(page: Page, hash: string, large = false) {
  await env.system.open(page, hash, env.system.identity('citizen').openid)
  if (!large) return
  await page.evaluate(() => localStorage.setItem('pref.largeText', JSON.stringify({ data: true })))
  await page.reload()
  await page.locator('.page--large').first().waitFor()
}

/** Whether the whole element lies inside the 390×844 screen without scrolling. */
async function inFirstScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox()
  return box !== null && box.y >= 0 && box.y + box.height <= 844
}

/** What the page says to people: its text without the H5 build's dev bar (identity and clock, never in the mini-program). */
const textOf = async (locator: Locator) =>
  (
    await locator.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement
      copy.querySelectorAll('.dev-bar').forEach((bar) => bar.remove())
      document.body.appendChild(copy)
      const text = copy.innerText
      copy.remove()
      return text
    })
  ).replace(/\s+/g, ' ')

describe('home leads to booking (issue 16, item 4; R6)', () => {
  it('on the last booking day: 今天17:00截止 with the time left, a booking entry in the first screen in normal and large text', async () => {
    const { page } = env.browser
    for (const large of [false, true]) {
      // The emulator's clock runs on from here: the page reads it within the next 50 seconds.
      await env.system.setClock('2026-09-30T14:44:10+08:00')
      await open(page, '/pages/index/index', large)
      const home = topPage(page)
      await home.getByText('今天17:00截止，还剩2小时15分').first().waitFor()
      const entry = home.getByText('预约国庆节办理', { exact: true }).first()
      expect(await inFirstScreen(entry)).toBe(true)
      const box = (await entry.boundingBox())!
      if (large) expect(box.height).toBeGreaterThanOrEqual(48)
      expect(await home.getByText('拨打预约电话 0533-3618118').count()).toBe(1)
      expect(await textOf(home)).not.toMatch(CODES)
      await shoot(page, `home-${large ? 'large' : 'normal'}`)
      await home.locator('.holiday-row').filter({ hasText: '国庆节' }).scrollIntoViewIfNeeded()
      await shoot(page, `home-holidays-${large ? 'large' : 'normal'}`)
    }
  })

  it('books from a holiday on home: that holiday chosen, an item picked, then 预约成功 with the calendar and 导航', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    await open(page, '/pages/index/index')
    const home = topPage(page)
    await home.locator('.holiday-row').filter({ hasText: '国庆节' }).getByText('预约国庆节办理').click()
    await page.waitForURL(/pages\/book\/index\?holiday=/)

    const book = topPage(page)
    await book.getByText('请先选择要办理的事项，再选择日期。').waitFor()
    expect(await book.getByText('国庆节（10月1日—10月7日）').getAttribute('class')).toContain('chip--on')
    await book.getByRole('textbox', { name: '搜索要办理的事项' }).fill('社会保障卡')
    await book.locator('.chip').filter({ hasText: '社会保障卡申领与补换' }).click()
    await book.getByText('已选1项，再点一下可取消').waitFor()
    await shoot(page, 'book-from-home-normal')
    await book.getByText('10月2日 周五').click()
    await book.getByText('上午', { exact: true }).click()
    await book.getByRole('textbox', { name: '申请人姓名' }).fill('张三')
    await book.getByRole('spinbutton', { name: '联系电话' }).fill('13812345678')
    await book.getByText('提交预约', { exact: true }).click()

    await page.waitForURL(/pages\/appointment\/index\?id=.*booked=1/)
    const done = topPage(page)
    await done.getByText('预约成功', { exact: true }).waitFor()
    await done.getByText('预约日期：10月2日（周五）上午').first().waitFor()
    await done.getByText('办理事项：社会保障卡申领与补换').waitFor()
    await done.getByText('鲁山路', { exact: false }).first().waitFor()
    expect(await textOf(done)).not.toMatch(CODES)
    await shoot(page, 'success-normal')

    // H5 has no addPhoneCalendar outside WeChat: the day comes as an .ics file for the phone's calendar.
    const [download] = await Promise.all([page.waitForEvent('download'), done.getByText('添加到手机日历', { exact: true }).click()])
    expect(download.suggestedFilename()).toBe('政务服务预约.ics')
    await done.getByText('已下载日历文件，打开即可添加到手机日历。').waitFor()

    // 导航: a map page for the center's position (H5 has no openLocation outside WeChat).
    await page.context().route('https://uri.amap.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>map</p>' }))
    const [map] = await Promise.all([page.context().waitForEvent('page'), done.getByText('导航到政务服务中心').click()])
    expect(map.url()).toContain('position=118.1703,36.1858')
    await map.close()

    await open(page, page.url().split('#')[1], true)
    await topPage(page).getByText('预约成功', { exact: true }).waitFor()
    expect(((await topPage(page).getByText('添加到手机日历', { exact: true }).boundingBox())!).height).toBeGreaterThanOrEqual(48)
    await shoot(page, 'success-large')
  })
})

describe('cancelling and after (issue 16, item 8; R15)', () => {
  it('cancels in a dialog reading 不取消 / 确认取消 with a tapped reason, then says no materials are needed and offers 重新预约', async () => {
    const { page } = env.browser
    const citizen = env.system.identity('citizen').openid
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    const made = await env.system.call(
      'booking',
      'appointments.request',
      { requestId: 'citizen-e2e-cancel-1', itemIds: ['item-006'], date: '2026-10-03', halfDay: 'pm', applicant: { name: '张三', phone: '13812345678' }, channel: 'mini-program' },
      citizen,
    )
    const id = made.data.appointment.id as string
    const url = `/packages/citizen/pages/appointment/index?id=${encodeURIComponent(id)}`

    for (const large of [false, true]) {
      await open(page, url, large)
      const detail = topPage(page)
      await detail.getByText('请携带以下材料：').waitFor()
      await detail.getByText('取消预约', { exact: true }).click()
      const dialog = page.getByRole('dialog', { name: '取消预约' })
      await dialog.getByText('确定取消这次预约吗？').waitFor()
      for (const label of ['不取消', '确认取消']) {
        const box = (await dialog.getByText(label, { exact: true }).boundingBox())!
        expect(box.y + box.height).toBeLessThanOrEqual(844)
        if (large) expect(box.height).toBeGreaterThanOrEqual(48)
      }
      await shoot(page, `cancel-dialog-${large ? 'large' : 'normal'}`)
      await dialog.getByText('不取消', { exact: true }).click()
      await dialog.waitFor({ state: 'detached' })
    }
    await open(page, url)
    const detail = topPage(page)
    await detail.getByText('取消预约', { exact: true }).click()
    const dialog = page.getByRole('dialog', { name: '取消预约' })
    await dialog.getByText('确认取消', { exact: true }).click()
    await dialog.getByText('请点选或填写取消原因').waitFor()
    await dialog.getByText('材料没准备齐', { exact: true }).click()
    await dialog.getByRole('textbox', { name: '其他原因或补充说明（选填）' }).fill('户口本找不到')
    await dialog.getByText('确认取消', { exact: true }).click()

    await detail.getByText('已取消', { exact: true }).waitFor()
    await detail.getByText('取消原因：材料没准备齐：户口本找不到').waitFor()
    await detail.getByText('预约已取消，无需前往。如重新预约，需准备以下材料：').waitFor()
    expect(await detail.getByText('请携带以下材料：').count()).toBe(0)
    expect(await textOf(detail)).not.toMatch(CODES)
    const stored = await env.system.call('booking', 'appointments.get', { appointmentId: id }, citizen)
    expect(stored.data.appointment).toMatchObject({ status: 'cancelled', cancellation: { reason: '材料没准备齐：户口本找不到' } })
    await shoot(page, 'cancelled-normal')
    await open(page, url, true)
    await topPage(page).getByText('重新预约', { exact: true }).waitFor()
    await shoot(page, 'cancelled-large')

    await open(page, url)
    await topPage(page).getByText('重新预约', { exact: true }).click()
    await page.waitForURL(/pages\/book\/index\?itemIds=/)
    const again = topPage(page)
    await again.getByText('办理事项：社会保障卡申领与补换').waitFor()
    expect(await again.getByText('10月3日 周六').getAttribute('class')).toContain('chip--on')
  })
})

describe("the center's own page (issue 17, item 6; R25)", () => {
  it('is one tap from home and says the scheme, the hours, the rules, the address with the map and the phone', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    for (const large of [false, true]) {
      await open(page, '/pages/index/index', large)
      await topPage(page).getByText('中心地址、电话与办理规则').click()
      await page.waitForURL(/pages\/center\/index/)
      const center = topPage(page)
      await center.getByText('周六、周日（调休上班日除外）窗口照常办理，不用预约：上午8:30-12:00，下午13:30-17:00。').waitFor()
      await center.getByText('· 截止时间：节假日前最后一个工作日17:00。').waitFor()
      await center.getByText('· 每人每个节假日最多保留3个有效预约。').waitFor()
      await center.getByText('鲁山路', { exact: false }).first().waitFor()
      for (const label of ['导航到政务服务中心', '拨打预约电话 0533-3618118', '预约节假日办理']) {
        const box = (await center.getByText(label, { exact: true }).boundingBox())!
        expect(box.width).toBeGreaterThan(0)
        if (large) expect(box.height).toBeGreaterThanOrEqual(48)
      }
      expect(await textOf(center)).not.toMatch(CODES)
      await shoot(page, `center-${large ? 'large' : 'normal'}`)
      await center.getByText('预约节假日办理', { exact: true }).scrollIntoViewIfNeeded()
      await shoot(page, `center-rules-${large ? 'large' : 'normal'}`)
    }
  })
})
