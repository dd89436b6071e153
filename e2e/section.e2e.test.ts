import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { ARTIFACTS_DIR, topPage, useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

// Two journeys over several pages and roles; on a loaded 2-core machine that outlasts the default 60 s.
jest.setTimeout(180_000)

const DESK = 'oEXAMPLE_desk_zhao'
const SECTION = 'oEXAMPLE_section_li'
/** The number 王先生 gave the desk, and so the one his WeChat is bound to (R7). */
const WANG_PHONE = '13912345678'

/** What the desk registered and read back: the claim journey looks for it. */
const registered = { id: '', referenceNo: '' }

describe('the desk registers a phone request and the section dispatches it (R7, R8, R9)', () => {
  it('registers 王先生 by phone, dispatches him to window 2, and prints his registration form', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-09-28T10:00:00+08:00')

    await env.system.open(page, '/packages/section/pages/register/index', DESK)
    const register = topPage(page)
    await register.getByText('电话', { exact: true }).click()
    await register.getByText('个体工商户设立登记', { exact: true }).click()
    await register.getByText('国庆节（10月1日—10月7日）').click()
    await register.getByText('10月2日 周五').click()
    await register.getByText('上午', { exact: true }).click()
    await register.getByRole('textbox', { name: '申请人姓名' }).fill('王先生')
    await register.getByRole('spinbutton', { name: '联系电话' }).fill('13912345678')
    await register.getByText('登记', { exact: true }).click()
    // The desk reads back what it registered (#16.9, R7, R11): items, date and half-day, phone, every material.
    const readBack = register.locator('.section-readback')
    await readBack.getByText('请向来电群众复述').waitFor()
    for (const line of [
      '办理事项：个体工商户设立登记',
      '预约时间：2026年10月2日（周五）上午',
      '联系电话：139 1234 5678，请您核对。',
      '办理“个体工商户设立登记”请携带：',
      '2. 个体工商户登记（备案）申请书（1份 · 原件）',
      '3. 经营场所使用证明（1份 · 复印件），租赁合同或房产证复印件',
      '注意：名称可现场自主申报；委托他人办理的需携带委托书及受托人身份证。',
      // R7: how the caller finds it in the mini-program
      '如使用微信，可在本中心小程序“我的预约”中点“用手机号查找电话/窗口登记的预约”，找回本预约。',
    ]) {
      await readBack.getByText(line, { exact: true }).waitFor()
    }
    expect(await readBack.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}|item-|HH:mm/)
    registered.referenceNo = ((await readBack.getByText(/^预约编号：/).textContent()) ?? '').replace('预约编号：', '')
    expect(registered.referenceNo).toMatch(/^2026-\d{6}$/)
    await register.getByText('再登记一条').waitFor()
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'section-readback.png'), fullPage: true })

    const before = await env.system.call('section', 'inbox.list', {}, SECTION)
    const entry = before.data.items.find((e: { appointment: { applicant: { name: string } } }) => e.appointment.applicant.name === '王先生')
    expect(entry.appointment).toMatchObject({ channel: 'phone', itemIds: ['item-001'], date: '2026-10-02', halfDay: 'am', status: 'submitted' })
    const id: string = entry.appointment.id
    registered.id = id

    await env.system.open(page, '/packages/section/pages/inbox/index', SECTION)
    const inbox = topPage(page)
    const card = inbox.locator('.section-entry').filter({ hasText: '王先生' })
    await card.getByText('电话登记 · 登记人：赵晓', { exact: false }).waitFor()
    await card.getByText('2号窗口 市场主体登记').click()
    await card.getByText('派单', { exact: true }).click()
    await card.waitFor({ state: 'detached' })
    await inbox.getByText('派单成功，已通知2号窗口 市场主体登记。下一步：窗口负责人指派经办人，经办人联系申请人确认时间。可在“全部预约”中查看。').waitFor()
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'section-dispatched.png'), fullPage: true })

    const after = await env.system.call('section', 'inbox.list', {}, SECTION)
    expect(after.data.items.map((e: { appointment: { id: string } }) => e.appointment.id)).not.toContain(id)
    const dispatched = await env.system.call('booking', 'appointments.get', { appointmentId: id }, SECTION)
    expect(dispatched.data.appointment).toMatchObject({ status: 'dispatched', leadWindowId: 'win-02' })

    await env.system.open(page, `/packages/section/pages/form/index?id=${encodeURIComponent(id)}`, SECTION)
    const form = topPage(page)
    await form.getByText('申请人：王先生').waitFor()
    const [popup] = await Promise.all([page.waitForEvent('popup'), form.getByText('在新窗口打开登记表').click()])
    await popup.getByText('沂源县政务服务中心预约服务登记表').first().waitFor()
    expect(await popup.content()).toContain('王先生')
  })
})

/** 我的预约 as people see it, in normal and in large text (大字), for a person to look at. */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = path.join(ARTIFACTS_DIR, 'claim')
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
  await page.evaluate(() => localStorage.setItem('pref.largeText', JSON.stringify({ data: true })))
  await page.reload()
  await topPage(page).locator('.page--large').first().waitFor()
  await page.waitForTimeout(300)
  await page.screenshot({ path: path.join(dir, `${name}-large.png`), fullPage: true })
  await page.evaluate(() => localStorage.removeItem('pref.largeText'))
  await page.reload()
  await topPage(page).locator('.page:not(.page--large)').first().waitFor()
}

/** WeChat's phone button on a phone bound to `phoneNumber`: the emulator mints its code for that number (`/__dev/phonecode`). */
async function weChatNumberIs(page: Page, phoneNumber: string): Promise<void> {
  await page.unroute('**/__dev/phonecode')
  await page.route('**/__dev/phonecode', (route) => route.continue({ postData: JSON.stringify({ phoneNumber }) }))
}

describe('the phone booking becomes the caller’s own (R7)', () => {
  afterAll(async () => env.browser.page.unroute('**/__dev/phonecode'))

  it('R7 another number finds nothing; 王先生’s WeChat number finds it in 我的预约 under the number read back, and he cancels it', async () => {
    const { page } = env.browser
    expect(registered.referenceNo).not.toBe('')

    await weChatNumberIs(page, '13700000000')
    await env.system.open(page, '/pages/mine/index', 'oTEST_e2e_claim_other')
    const other = topPage(page)
    await other.getByText('您还没有节假日预约。').waitFor()
    await other.getByText('用手机号查找电话/窗口登记的预约').waitFor()
    await shoot(page, 'mine-claim-button')
    await other.getByText('用手机号查找电话/窗口登记的预约').click()
    await other.getByText('没有找到该手机号登记的预约').waitFor()
    expect(await other.locator('.appointment-row').count()).toBe(0)

    const wang = 'oTEST_e2e_claim_wang'
    await weChatNumberIs(page, WANG_PHONE)
    await env.system.open(page, '/pages/mine/index', wang)
    const mine = topPage(page)
    await mine.getByText('您还没有节假日预约。').waitFor()
    await mine.getByText('用手机号查找电话/窗口登记的预约').click()
    await mine.getByText('已找到1个电话登记的预约，已加入我的预约').waitFor()
    const row = mine.locator('.appointment-row').filter({ hasText: `预约编号 ${registered.referenceNo}` })
    await row.getByText('个体工商户设立登记').waitFor()
    // its messages now go to his WeChat once he allows them, as for a booking made in the app
    await mine.getByText('开启预约进度通知').click()
    await mine.getByText(/^已开启，还可接收\d+条预约进度通知$/).waitFor()
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'claim', 'mine-claimed.png'), fullPage: true })

    await row.click()
    await page.waitForURL(/pages\/appointment\/index\?id=/)
    const detail = topPage(page)
    await detail.getByText(`预约编号 ${registered.referenceNo}`).first().waitFor()
    await detail.getByText('申请人 认领预约 → 已派单').waitFor()
    await detail.getByText('取消预约', { exact: true }).click()
    const dialog = page.getByRole('dialog', { name: '取消预约' })
    await dialog.getByRole('textbox', { name: '其他原因或补充说明（选填）' }).fill('行程有变')
    await dialog.getByText('确认取消', { exact: true }).click()
    await detail.getByText('已取消', { exact: true }).waitFor()
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'claim', 'appointment-cancelled.png'), fullPage: true })

    const stored = await env.system.call('booking', 'appointments.get', { appointmentId: registered.id }, wang)
    expect(stored.data.appointment).toMatchObject({ status: 'cancelled', referenceNo: registered.referenceNo, cancellation: { by: 'applicant', reason: '行程有变' } })
  })
})
