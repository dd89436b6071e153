import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { ARTIFACTS_DIR, topPage, useSystemAndBrowser } from './support/setup'
import { pickDate, pickTime } from './support/picker'

const env = useSystemAndBrowser()

const SECTION = 'oEXAMPLE_section_li'
const BDC_STAFF = 'oEXAMPLE_bdc_staff'
const SHOTS = path.join(ARTIFACTS_DIR, 'bank')

/** A full-page screenshot at 390×844 for looking at (docs: every changed page, normal and large text). */
async function shoot(name: string) {
  mkdirSync(SHOTS, { recursive: true })
  await env.browser.page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

const ok = (answer: { ok: boolean }) => expect(answer).toMatchObject({ ok: true })

/**
 * Issue 18 items 4, 6 and 7 in the H5 build on the emulator: 冯磊, alone at
 * window 6, earns hours on weekend duty and takes leave covered by 郑丽 of
 * window 4 (another department), which the section approves (R24); the
 * section records an inspection finding that appears in the report (R23);
 * and enters a 12345 complaint it can close only after calling back (R20).
 */
describe('leave for everyone, findings and complaints by every channel (R20, R23, R24)', () => {
  it('R24 a one-person window takes leave with cross-window cover, approved by the section', async () => {
    const { page } = env.browser
    const { call, setClock } = env.system
    await setClock('2026-10-12T09:00:00+08:00')
    ok(await call('supervision', 'duty.schedule', { date: '2026-10-17', half: 'am', windowId: 'win-06', staffId: 'staff-bdc-1' }, SECTION))
    await setClock('2026-10-17T08:25:00+08:00')
    ok(await call('counter', 'duty.checkIn', { shiftId: 'duty-2026-10-17-am-staff-bdc-1' }, BDC_STAFF))
    await setClock('2026-10-17T12:00:00+08:00')
    ok(await call('counter', 'duty.checkOut', { shiftId: 'duty-2026-10-17-am-staff-bdc-1' }, BDC_STAFF))

    await setClock('2026-10-17T18:00:00+08:00')
    await env.system.open(page, '/packages/staff/pages/timebank/index', BDC_STAFF)
    const bank = topPage(page)
    await bank.getByText('余额：3小时30分钟').waitFor()
    await bank.getByText('其他窗口（须管理科审批）').waitFor()
    await pickDate(page, bank.locator('.leave-date'), '2026-10-19')
    await pickTime(page, bank.locator('.leave-end'), '10:30')
    await bank.locator('.chip', { hasText: '郑丽 · 4号窗口（社保业务）' }).click()
    await bank.locator('input[placeholder="如 家中有事"]').fill('带老人看病')
    await bank.getByText('提交调休申请').click()
    await bank.getByText('已提交，等待管理科审批。').waitFor()
    await bank.getByText('顶岗：郑丽 · 事由：带老人看病 · 由管理科审批').waitFor()
    await shoot('timebank-cover-from-elsewhere')

    await env.system.open(page, '/packages/section/pages/leave/index', SECTION)
    const section = topPage(page)
    await section.getByText('待审批（1）').waitFor()
    await section.getByText(/冯磊 · 10月19日 08:30–10:30（2小时）/).waitFor()
    await section.getByText(/顶岗同事所在：4号窗口（社保业务）/).waitFor()
    await shoot('section-leave')
    await section.getByText('批准', { exact: true }).click()
    await section.getByText('暂无待审批的调休申请。').waitFor()

    await env.system.open(page, '/packages/staff/pages/timebank/index', BDC_STAFF)
    const after = topPage(page)
    await after.getByText('余额：1小时30分钟').waitFor()
    await after.getByText('已批准', { exact: true }).waitFor()
  })

  it('R23 a finding the section records appears in the report, its chart and its CSV', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-10-20T10:00:00+08:00')
    await env.system.open(page, '/packages/section/pages/supervision/index', SECTION)
    const top = topPage(page)
    await top.getByText('自定义', { exact: true }).click()
    await pickDate(page, top.locator('.supervision-from'), '2026-10-01')
    await pickDate(page, top.locator('.supervision-to'), '2026-10-31')
    await top.getByText('查询', { exact: true }).click()
    await top.getByText('统计期间：2026年10月1日 至 2026年10月31日').waitFor()
    await top.getByText('督查记录（0）').waitFor()
    const before = await env.system.call('supervision', 'supervision.report', { from: '2026-10-01', to: '2026-10-31' }, SECTION)
    const lostBefore = before.data.windows.find((w: { windowId: string }) => w.windowId === 'win-02').pointsDeducted

    const form = top.locator('.finding-form')
    await form.getByText('2026年10月20日').waitFor()
    await form.getByText('保存督查事项').click()
    await form.getByText('请选择窗口').waitFor()
    await form.getByText('推诿扯皮', { exact: true }).click()
    await form.getByText('2号 市场主体登记', { exact: true }).click()
    await form.locator('textarea').fill('群众反映被告知“不归我们管”，未指引到应办窗口，经查看录像属实')
    await form.getByText('保存督查事项').click()
    await form.getByText('已记录，已计入本期统计。').waitFor()
    await top.getByText('督查记录（1）').waitFor()
    await top.getByText('推诿扯皮 · 扣 3 分').waitFor()
    await top.getByText(`2号 市场主体登记：扣 ${lostBefore + 3} 分`).waitFor()
    await top.locator('.supervision-window').filter({ hasText: '2号窗口 市场主体登记' }).getByText('推诿扯皮 1 次 × 3 分 = 3 分').waitFor()
    await shoot('supervision-finding')

    const csv = await env.system.call('supervision', 'supervision.report', { from: '2026-10-01', to: '2026-10-31', format: 'csv' }, SECTION)
    expect(csv.data.csv).toContain('2026-10-20,2号窗口（市场主体登记）,推诿扯皮,,群众反映')
  })

  it('R20 the section enters a 12345 complaint and closes it only after calling back', async () => {
    const { page } = env.browser
    await env.system.open(page, '/packages/section/pages/complaints/index', SECTION)
    const top = topPage(page)
    const form = top.locator('.register-complaint')
    await form.getByText('12345热线', { exact: true }).click()
    await form.getByRole('textbox', { name: '如 王先生' }).fill('王先生')
    await form.getByRole('textbox', { name: '回电用，如 13912345678' }).fill('13912345678')
    await form.getByText('2号 市场主体登记', { exact: true }).click()
    await form.getByRole('textbox', { name: '请记下时间、窗口和经过' }).fill('办理营业执照变更，材料一次没说清，跑了三趟')
    await shoot('complaints-register')
    await form.getByText('登记投诉', { exact: true }).click()
    await form.getByText('已登记，见下方待处理投诉。').waitFor()

    const card = top.locator('.section-entry').filter({ hasText: '跑了三趟' })
    await card.getByText(/来源：12345热线/).waitFor()
    await card.getByText('联系人：王先生 13912345678').waitFor()
    await card.getByText('属实（计入窗口督查）', { exact: true }).click()
    await card.getByRole('textbox', { name: '处理结果（回电时告知投诉人）' }).fill('已核实，责成窗口一次性告知，已回电致歉')
    await card.getByText('办结', { exact: true }).click()
    await card.getByText('请先回电告知投诉人处理结果').waitFor()
    await shoot('complaints-call-back')
    await card.getByText('已回电告知', { exact: true }).click()
    await card.getByText('办结', { exact: true }).click()
    await card.waitFor({ state: 'detached' })
    const report = await env.system.call('supervision', 'supervision.report', { from: '2026-10-01', to: '2026-10-31' }, SECTION)
    expect(report.data.windows.find((w: { windowId: string }) => w.windowId === 'win-02').counts.upheldComplaints).toBe(1)
  })

  it('shows the changed pages in large text', async () => {
    const { page } = env.browser
    await env.system.open(page, '/pages/index/index', SECTION)
    await page.getByText('大字模式：关').first().click()
    await page.getByText('大字模式：开').first().waitFor()
    await env.system.open(page, '/packages/staff/pages/timebank/index', BDC_STAFF)
    await topPage(page).getByText('其他窗口（须管理科审批）').waitFor()
    await shoot('timebank-large')
    await env.system.open(page, '/packages/section/pages/leave/index', SECTION)
    await topPage(page).getByText('调休审批', { exact: true }).first().waitFor()
    await shoot('section-leave-large')
    await env.system.open(page, '/packages/section/pages/supervision/index', SECTION)
    await topPage(page).locator('.finding-form').waitFor()
    await shoot('supervision-large')
    await env.system.open(page, '/packages/section/pages/complaints/index', SECTION)
    await topPage(page).locator('.register-complaint').waitFor()
    await shoot('complaints-large')
  })
})
