import type { Page } from 'playwright-core'
import path from 'node:path'
import { ARTIFACTS_DIR, topPage, useSystemAndBrowser } from './support/setup'
import { pickOption, pickTime } from './support/picker'

const env = useSystemAndBrowser()

const SECTION = 'oEXAMPLE_section_li'
const DESK = 'oEXAMPLE_desk_zhao'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
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

  it('R17 R16 after force majeure the section reschedules to another staff member and time, who sees it confirmed; the citizen sees the new time and may ask to move', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    const citizen = 'oTEST_e2e_reschedule_citizen'
    const own = await book({ applicant: { name: '孟女士', phone: '13700002222' } }, citizen)
    const step = async (fn: string, action: string, input: Record<string, unknown>, openid: string) => {
      const current = (await env.system.call('booking', 'appointments.get', { appointmentId: own.id }, SECTION)).data.appointment
      const answer = await env.system.call(fn, action, { appointmentId: own.id, version: current.version, requestId: requestId(), ...input }, openid)
      expect(answer.ok).toBe(true)
    }
    await step('section', 'appointments.dispatch', { leadWindowId: 'win-02' }, SECTION)
    await step('counter', 'appointments.assign', { staffId: 'staff-scjg-1' }, LEADER)
    await step('counter', 'appointments.confirm', { agreedTime: '09:00', contact: { note: '已电话告知材料', materialsToldInFull: true } }, STAFF)

    // The day before, 周萍 reports force majeure from her screen.
    await env.system.setClock('2026-10-01T10:00:00+08:00')
    await env.system.open(page, `/packages/staff/pages/appointment/index?id=${encodeURIComponent(own.id)}`, STAFF)
    const report = topPage(page).locator('.counter-step').filter({ hasText: '报告不可抗力' })
    await report.locator('textarea').fill('经办人突发疾病住院，已电话告知申请人')
    await report.getByText('报告管理科', { exact: true }).click()
    await topPage(page).getByText('不可抗力', { exact: true }).first().waitFor()
    expect((await env.system.call('booking', 'appointments.get', { appointmentId: own.id }, SECTION)).data.appointment.status).toBe('force_majeure')

    // The section finds the report in its inbox, opens the record and arranges 孙强 at 14:00 the same day.
    await env.system.open(page, '/packages/section/pages/inbox/index', SECTION)
    const card = topPage(page).locator('.section-entry').filter({ hasText: '情况说明：经办人突发疾病住院，已电话告知申请人' })
    await card.getByText('安排改期', { exact: true }).click()
    const record = topPage(page)
    await record.getByText('不可抗力后改期', { exact: true }).waitFor()
    await record.getByText('报告不可抗力 · 周萍').waitFor()
    await shot(page, 'reschedule')
    await record.getByText('确认改期', { exact: true }).scrollIntoViewIfNeeded()
    await shot(page, 'reschedule-panel')
    // In large text every control of the panel is a finger's size.
    await largeText(page)
    const big = topPage(page)
    await big.getByText('确认改期', { exact: true }).scrollIntoViewIfNeeded()
    for (const control of await big.locator('.card', { hasText: '不可抗力后改期' }).locator('.chip, .action-btn, .picker-field__value').all()) {
      expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(48)
    }
    await shot(page, 'reschedule-panel-large')
    await page.evaluate(() => localStorage.removeItem('pref.largeText'))
    await page.reload()
    await record.getByText('确认改期', { exact: true }).waitFor()
    await pickTime(page, record.locator('.reschedule-new-time'), '14:00')
    await record.getByText('孙强（负责人）', { exact: true }).click()
    await record.getByRole('textbox', { name: '例如：已电话告知申请人，改由同事办理' }).fill('已电话告知申请人，改由孙强下午办理')
    await record.getByText('确认改期', { exact: true }).click()
    await record.getByText('改期成功，已通知经办人员和申请人。').waitFor()
    await record.getByText('不可抗力后改期 · 李静：原定2026年10月2日 09:00由周萍办理，改为2026年10月2日 14:00由孙强办理').waitFor()
    await record.getByText('经办人：孙强').waitFor()
    expect((await record.locator('.card').allTextContents()).join('')).not.toMatch(/\d{4}-\d{2}-\d{2}|win-|staff-|force_majeure|confirmed/)
    await shot(page, 'rescheduled')

    await largeText(page)
    await topPage(page).getByText('办理经过').waitFor()
    await shot(page, 'rescheduled-large')
    await page.evaluate(() => localStorage.removeItem('pref.largeText'))

    // 孙强 finds it confirmed at 14:00 on his screen.
    await env.system.open(page, `/packages/staff/pages/appointment/index?id=${encodeURIComponent(own.id)}`, LEADER)
    await topPage(page).getByText('已确认', { exact: true }).first().waitFor()
    await topPage(page).getByText('14:00', { exact: false }).first().waitFor()

    // The citizen sees the new time and the story, then asks to move it once more (R16).
    await env.system.open(page, `/packages/citizen/pages/appointment/index?id=${encodeURIComponent(own.id)}`, citizen)
    const detail = topPage(page)
    await detail.getByText('约定时间：14:00').waitFor()
    await detail.getByText('管理科 不可抗力后改期 → 已确认').waitFor()
    await largeText(page)
    await topPage(page).getByText('申请改期', { exact: true }).click()
    await topPage(page).getByText('提交改期申请', { exact: true }).scrollIntoViewIfNeeded()
    for (const control of await topPage(page).locator('.card', { hasText: '改期原因' }).locator('.action-btn, .picker-field__value').all()) {
      expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(48)
    }
    await shot(page, 'citizen-move-form-large')
    await page.evaluate(() => localStorage.removeItem('pref.largeText'))
    await page.reload()
    await detail.getByText('申请改期', { exact: true }).click()
    await pickTime(page, detail.locator('.move-new-time'), '15:00')
    await detail.getByRole('textbox', { name: '例如：临时出差，想改到下午' }).fill('下午两点赶不到，想晚一小时')
    await detail.getByText('提交改期申请', { exact: true }).scrollIntoViewIfNeeded()
    await shot(page, 'citizen-move')
    await detail.getByText('提交改期申请', { exact: true }).click()
    await detail.getByText('改期申请已提交').waitFor()
    const after = (await env.system.call('booking', 'appointments.get', { appointmentId: own.id }, SECTION)).data.appointment
    expect(after).toMatchObject({ status: 'change_pending', agreedTime: '14:00', change: { byApplicant: true, newTime: '15:00' } })
    await largeText(page)
    await topPage(page).getByText('改期申请已提交').scrollIntoViewIfNeeded()
    await shot(page, 'citizen-move-large')
    await page.evaluate(() => localStorage.removeItem('pref.largeText'))
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
