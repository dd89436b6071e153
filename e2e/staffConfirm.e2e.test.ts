import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { ARTIFACTS_DIR, topPage, useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const SECTION = 'oEXAMPLE_section_li'
const SHOTS = path.join(ARTIFACTS_DIR, 'staff')

/**
 * The page at 390×844 in normal, then large text (the app's 大字 switch, kept in storage), saved to
 * look at: the first screen, and the whole page (a tall viewport: Taro's page scrolls inside itself).
 * In large text every button, tab and chip of the window's screens is at least 48 px high.
 */
async function screenshots(page: Page, name: string, again: () => Promise<void> = async () => undefined): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  const shoot = async (suffix: string) => {
    await page.waitForTimeout(300)
    await page.screenshot({ path: path.join(SHOTS, `${name}${suffix}.png`) })
    await page.setViewportSize({ width: 390, height: 2400 })
    await page.waitForTimeout(300)
    await page.screenshot({ path: path.join(SHOTS, `${name}${suffix}-whole.png`) })
    await page.setViewportSize({ width: 390, height: 844 })
  }
  await shoot('')
  await page.evaluate(() => localStorage.setItem('pref.largeText', JSON.stringify({ data: true })))
  await page.reload()
  await page.locator('.page--large').first().waitFor()
  await topPage(page).locator('.counter-tab, .counter-step').first().waitFor()
  await again()
  await shoot('-large')
  const small: string[] = []
  for (const control of await topPage(page).locator('.counter-step .action-btn, .counter-call .action-btn, .counter-print, .counter-tab, .counter-chip').all()) {
    const box = await control.boundingBox()
    if (box && box.height < 48) small.push(`${await control.innerText()} ${Math.round(box.height)}px`)
  }
  expect(small).toEqual([])
  await page.evaluate(() => localStorage.removeItem('pref.largeText'))
  await page.reload()
}

/** A citizen's request for item-001 on 2 October, dispatched to win-02 and assigned to 周萍 (staff-scjg-1). */
async function assigned(requestId: string, name: string, phone: string) {
  const made = await env.system.call(
    'booking',
    'appointments.request',
    { requestId, itemIds: ['item-001'], date: '2026-10-02', halfDay: 'am', applicant: { name, phone } },
    `oTEST_${requestId}`,
  )
  expect(made.ok).toBe(true)
  const { id, version } = made.data.appointment
  const sent = await env.system.call('section', 'appointments.dispatch', { appointmentId: id, version, requestId: `${requestId}-d`, leadWindowId: 'win-02' }, SECTION)
  expect(sent.ok).toBe(true)
  const given = await env.system.call(
    'counter',
    'appointments.assign',
    { appointmentId: id, version: sent.data.appointment.version, requestId: `${requestId}-a`, staffId: 'staff-scjg-1' },
    LEADER,
  )
  expect(given.ok).toBe(true)
  return id as string
}

describe('the staff confirm an appointment on one screen (R11, R12, issue 16)', () => {
  it('shows every material, a call button and time chips, no typed time, and says where things stand after 确认预约', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    const id = await assigned('staff-e2e-0001', '陈静', '13700001111')

    await env.system.open(page, `/packages/staff/pages/appointment/index?id=${encodeURIComponent(id)}`, STAFF)
    const view = topPage(page)
    await view.getByText('联系申请人并确认').waitFor()
    // R11: the materials of the item, with copies, original or copy, and notes
    await view.getByText('请向申请人一次性告知以下材料：').waitFor()
    await view.getByText('· 经营场所使用证明（1份 · 复印件）：租赁合同或房产证复印件').waitFor()
    await view.getByText('· 个体工商户登记（备案）申请书（1份 · 原件）').waitFor()
    await view.getByText(/^须知：名称可现场自主申报/).waitFor()
    // the assigned staff may dial the whole number
    await view.getByText('拨打 13700001111').waitFor()
    // R12: suggested times as chips, the first chosen; nothing to type a time into
    const chips = view.locator('.counter-chip')
    expect(await chips.count()).toBeGreaterThan(1)
    expect(await view.locator('.counter-chip.chip--on').innerText()).toBe('8:30')
    expect(await view.locator('.counter-time').innerText()).toContain('8:30')
    const text = await view.innerText()
    expect(text).not.toMatch(/HH:mm|时:分|如 09:00/)
    expect(await view.locator('input[placeholder*=":"]').count()).toBe(0)
    // R16, R17, R18: on 28 September a change applies; lateness and force majeure do not yet
    expect(await view.getByText('登记迟到').count()).toBe(0)
    expect(await view.getByText('报告不可抗力').count()).toBe(0)
    // 确认预约 is the primary button
    expect(await view.locator('.counter-step__submit.btn-primary').innerText()).toBe('确认预约')

    await screenshots(page, 'confirm')
    const again = topPage(page)
    await again.getByText('联系申请人并确认').waitFor()
    await again.locator('.counter-chip', { hasText: /^9:00$/ }).click()
    await again.getByText('已一次性告知所需材料').click()
    await again.getByText('确认预约', { exact: true }).click()
    await again.getByText('已确认，请在10月2日 9:00前到岗').waitFor()
    await again.getByText('约定时间：9:00').waitFor()
    await again.getByText('已确认', { exact: true }).waitFor()
    await screenshots(page, 'confirmed')

    const stored = await env.system.call('booking', 'appointments.get', { appointmentId: id }, STAFF)
    expect(stored.data.appointment).toMatchObject({ status: 'confirmed', agreedTime: '09:00' })
  })

  it('待办 and 已办 carry the server\'s counts; a finished order shows the staff\'s name, items, outcome and times', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-09-28T11:00:00+08:00')
    const id = await assigned('staff-e2e-0002', '何敏', '13700002222')
    const read = async () => (await env.system.call('booking', 'appointments.get', { appointmentId: id }, STAFF)).data.appointment
    let record = await read()
    const confirm = { appointmentId: id, version: record.version, requestId: 'staff-e2e-0002-c', agreedTime: '10:00', contact: { note: '已电话告知', materialsToldInFull: true } }
    expect((await env.system.call('counter', 'appointments.confirm', confirm, STAFF)).ok).toBe(true)
    await env.system.setClock('2026-10-02T10:00:00+08:00')
    record = await read()
    expect((await env.system.call('counter', 'appointments.start', { appointmentId: id, version: record.version, requestId: 'staff-e2e-0002-s' }, STAFF)).ok).toBe(true)
    await env.system.setClock('2026-10-02T10:45:00+08:00')
    record = await read()
    const complete = {
      appointmentId: id,
      version: record.version,
      requestId: 'staff-e2e-0002-e',
      result: '已发放营业执照',
      startedAt: Date.parse('2026-10-02T10:05:00+08:00'),
      endedAt: Date.parse('2026-10-02T10:40:00+08:00'),
    }
    const done = await env.system.call('counter', 'appointments.complete', complete, STAFF)
    expect(done.ok).toBe(true)

    const todo = await env.system.call('counter', 'queue.list', { limit: 1 }, STAFF)
    const finished = await env.system.call('counter', 'queue.list', { statuses: ['completed', 'acknowledged', 'abandoned', 'force_majeure'], limit: 1 }, STAFF)
    await env.system.open(page, '/packages/staff/pages/queue/index', STAFF)
    const queue = topPage(page)
    await queue.getByText(`待办（${todo.data.total}）`).waitFor()
    await queue.getByText(`已办（${finished.data.total}）`).click()
    const row = queue.locator('.counter-row').filter({ hasText: '已办结：已发放营业执照' }).filter({ hasText: '何敏' })
    await row.waitFor()
    const rowText = await row.innerText()
    expect(rowText).toContain('个体工商户设立登记')
    expect(rowText).toContain('经办人：周萍')
    expect(rowText).toContain('预约：10月2日 10:00')
    expect(rowText).toContain('办理：10月2日 10:05—10:40（35分钟）')
    expect(rowText).not.toMatch(/staff-|\d{4}-\d{2}-\d{2}|T\d{2}:/)
    const doneTab = async () => {
      await topPage(page).getByText(`已办（${finished.data.total}）`).click()
      await topPage(page).locator('.counter-row').filter({ hasText: '何敏' }).waitFor()
    }
    await screenshots(page, 'queue-done', doneTab)

    await doneTab()
    await topPage(page).locator('.counter-row').filter({ hasText: '何敏' }).click()
    await page.waitForURL(/packages\/staff\/pages\/appointment\/index\?id=/)
    const detail = topPage(page)
    await detail.getByText('经办人：周萍').waitFor()
    await detail.getByText('办理结果：已发放营业执照').waitFor()
    await detail.getByText('办理时间：10月2日 10:05—10:40（35分钟）').waitFor()
  })
})
