import type { Page } from 'playwright-core'
import path from 'node:path'
import { ARTIFACTS_DIR, topPage, useSystemAndBrowser } from './support/setup'
import { pickOption } from './support/picker'

const env = useSystemAndBrowser()

const SECTION = 'oEXAMPLE_section_li'
const DESK = 'oEXAMPLE_desk_zhao'
const LEADER = 'oEXAMPLE_scjg_leader'
const CITIZEN = 'oTEST_e2e_section_citizen'

let seq = 0
const requestId = () => `e2e-sect-${Date.now().toString(36)}-${++seq}`

/** Keeps a screenshot of what the person sees (390×844), to look at. */
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS_DIR, `section-${name}.png`), fullPage: true })

/** Switches the app's large text on (the 大字 switch's stored choice) and reloads. */
async function largeText(page: Page) {
  await page.evaluate(() => localStorage.setItem('pref.largeText', JSON.stringify({ data: true })))
  await page.reload()
  await topPage(page).locator('.page--large').first().waitFor()
}

/** Chooses `option` in the filter labelled `label`, with the picker as a finger would. */
const pick = (page: Page, label: string, option: string) => pickOption(page, topPage(page).locator('.section-filter', { hasText: label }), option)

async function book(input: Record<string, unknown>, openid: string) {
  const answer = await env.system.call(
    'booking',
    'appointments.request',
    { requestId: requestId(), itemIds: ['item-001'], date: '2026-10-02', halfDay: 'am', applicant: { name: '张三', phone: '13812345678' }, ...input },
    openid,
  )
  if (!answer.ok) throw new Error(JSON.stringify(answer))
  return answer.data.appointment
}

describe('the section finds any appointment, opens its record and re-dispatches it (R8, R9, R13)', () => {
  it('lists every appointment, filters by state with a picker, opens the record and moves it to window 3', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    await book({ channel: 'phone', applicant: { name: '王先生', phone: '13912345678' } }, DESK)
    const own = await book({ applicant: { name: '刘女士', phone: '13700001111' } }, CITIZEN)
    const sent = await env.system.call('section', 'appointments.dispatch', { appointmentId: own.id, version: own.version, requestId: requestId(), leadWindowId: 'win-02' }, SECTION)
    const assigned = await env.system.call(
      'counter',
      'appointments.assign',
      { appointmentId: own.id, version: sent.data.appointment.version, requestId: requestId(), staffId: 'staff-scjg-1' },
      LEADER,
    )
    expect(assigned.ok).toBe(true)
    const all = await env.system.call('section', 'appointments.list', {}, SECTION)

    await env.system.open(page, '/packages/section/pages/appointments/index', SECTION)
    const list = topPage(page)
    await list.getByText(`共 ${all.data.total} 条，已显示 ${all.data.items.length} 条`).waitFor()
    await list.locator('.section-entry', { hasText: '王先生' }).getByText('电话登记 · 登记人：赵晓 · 尚未派单').waitFor()
    expect((await list.locator('.section-entry, .section-filters').allTextContents()).join('')).not.toMatch(/\d{4}-\d{2}-\d{2}|win-|staff-|submitted|dispatched/)
    await shot(page, 'list')

    await pick(page, '状态', '已分配')
    await list.locator('.section-filter', { hasText: '已分配' }).waitFor()
    const filtered = await env.system.call('section', 'appointments.list', { statuses: ['assigned'] }, SECTION)
    await list.getByText(`共 ${filtered.data.total} 条，已显示 ${filtered.data.items.length} 条`).waitFor()
    expect(await list.locator('.section-entry', { hasText: '王先生' }).count()).toBe(0)
    await shot(page, 'list-filtered')

    await list.locator('.section-entry', { hasText: '刘女士' }).click()
    const record = topPage(page)
    await record.getByText('派单 · 李静：派至2号窗口（市场主体登记）').waitFor()
    await record.getByText('经办人：周萍').waitFor()
    await shot(page, 'record')

    await record.getByText('3号窗口（食品药品许可）', { exact: true }).click()
    await record.getByRole('textbox', { name: '例如：原窗口当天人手不足' }).fill('2号窗口当天人手不足')
    await record.getByText('确认改派').click()
    await record.getByText('改派成功，已通知3号窗口（食品药品许可）。原窗口的分配已撤回，下一步由新窗口负责人指派经办人。').waitFor()
    await record.getByText('改派 · 李静：从2号窗口（市场主体登记）改派至3号窗口（食品药品许可），撤回原经办人周萍的分配').waitFor()
    await record.getByText('经办人：尚未指派').waitFor()
    const after = await env.system.call('booking', 'appointments.get', { appointmentId: own.id }, SECTION)
    expect(after.data.appointment).toMatchObject({ status: 'dispatched', leadWindowId: 'win-03' })
    expect(after.data.appointment.assignedStaffId).toBeUndefined()
    await shot(page, 'record-redispatched')

    await largeText(page)
    const large = topPage(page)
    await large.getByText('办理经过').waitFor()
    const button = await large.getByText('确认改派').boundingBox()
    expect(button!.height).toBeGreaterThanOrEqual(48)
    await shot(page, 'record-large')

    await large.getByText('查看并打印登记表').click()
    await topPage(page).getByText('申请人：刘女士').waitFor()
  })

  it('shows the list in large text with pickers a finger can hit', async () => {
    const { page } = env.browser
    await env.system.open(page, '/packages/section/pages/appointments/index', SECTION)
    await largeText(page)
    const list = topPage(page)
    await list.locator('.section-entry').first().waitFor()
    for (const box of await list.locator('.section-filter').all()) expect((await box.boundingBox())!.height).toBeGreaterThanOrEqual(48)
    await shot(page, 'list-large')
  })

  it('reads back a desk registration in large text, every line whole and the next step a large button (#16.9)', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    await env.system.open(page, '/packages/section/pages/register/index', DESK)
    await largeText(page)
    const register = topPage(page)
    await register.getByText('现场', { exact: true }).click()
    await register.getByText('个体工商户设立登记', { exact: true }).click()
    await register.getByText('国庆节（10月1日—10月7日）').click()
    await register.getByText('10月3日 周六').click()
    await register.getByText('下午', { exact: true }).click()
    await register.getByRole('textbox', { name: '申请人姓名' }).fill('陈阿姨')
    await register.getByRole('spinbutton', { name: '联系电话' }).fill('13655556666')
    await register.getByText('登记', { exact: true }).click()
    const readBack = register.locator('.section-readback')
    await readBack.getByText('请向群众复述').waitFor()
    await readBack.getByText('预约时间：2026年10月3日（周六）下午', { exact: true }).waitFor()
    await readBack.getByText('联系电话：136 5555 6666，请您核对。', { exact: true }).waitFor()
    const again = await register.getByText('再登记一条').boundingBox()
    expect(again!.height).toBeGreaterThanOrEqual(48)
    await shot(page, 'readback-large')
  })
})
