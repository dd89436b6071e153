import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { pickDate } from './support/picker'
import { ARTIFACTS_DIR, topPage, useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

// Several pages, roles and a PDF per test; on a loaded 2-core machine that outlasts the default 60 s.
jest.setTimeout(240_000)

const DESK = 'oEXAMPLE_desk_zhao'
const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const RS_LEADER = 'oEXAMPLE_rs_leader'
const ADMIN = 'oEXAMPLE_admin_wang'

const SHOTS = path.join(ARTIFACTS_DIR, 'records')

/** The page as people see it, in normal and in large text (大字), for a person to look at. */
async function shoot(page: Page, name: string, { large = true } = {}): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
  if (!large) return
  // The app's 大字 switch, as `Taro.setStorageSync('pref.largeText', true)` keeps it on H5; read when the page shows.
  await page.evaluate(() => localStorage.setItem('pref.largeText', JSON.stringify({ data: true })))
  await page.reload()
  await topPage(page).locator('.page--large').first().waitFor()
  await page.waitForTimeout(300)
  await page.screenshot({ path: path.join(SHOTS, `${name}-large.png`), fullPage: true })
  await page.evaluate(() => localStorage.removeItem('pref.largeText'))
  await page.reload()
  await topPage(page).locator('.page:not(.page--large)').first().waitFor()
}

/**
 * One card as people see it, scrolled into view (the H5 page scrolls inside its own container,
 * so a full-page shot shows only the top), then in large text after a reload.
 */
async function shootCard(page: Page, card: (top: Locator) => Locator, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await card(topPage(page)).scrollIntoViewIfNeeded()
  await card(topPage(page)).screenshot({ path: path.join(SHOTS, `${name}.png`) })
  await page.evaluate(() => localStorage.setItem('pref.largeText', JSON.stringify({ data: true })))
  await page.reload()
  await topPage(page).locator('.page--large').first().waitFor()
  await card(topPage(page)).scrollIntoViewIfNeeded()
  await page.waitForTimeout(300)
  await card(topPage(page)).screenshot({ path: path.join(SHOTS, `${name}-large.png`) })
  const heights = await card(topPage(page)).locator('button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height))
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(48)
  await page.evaluate(() => localStorage.removeItem('pref.largeText'))
  await page.reload()
  await topPage(page).locator('.page:not(.page--large)').first().waitFor()
}

async function call(fn: string, action: string, input: Record<string, unknown>, openid: string) {
  const answer = await env.system.call(fn, action, input, openid)
  if (!answer.ok) throw new Error(`${fn} ${action}: ${JSON.stringify(answer.error)}`)
  return answer.data.appointment as { id: string; version: number; referenceNo: string }
}

/**
 * The usual case for the form (R8): a phone registration for two items of
 * three materials each (个体工商户设立登记 at window 2, 失业保险金申领 at
 * window 4 assisting), confirmed for 09:00 on 2 October, moved to 10:00 by
 * one approved change, served 10:00–10:50.
 */
async function servedPhoneAppointment(key: string, name: string, phone: string): Promise<{ id: string; referenceNo: string }> {
  await env.system.setClock('2026-09-28T10:00:00+08:00')
  const ref = (a: { id: string; version: number }, step: string) => ({ appointmentId: a.id, version: a.version, requestId: `rec-${key}-${step}` })
  const requested = await call(
    'booking',
    'appointments.request',
    { requestId: `rec-${key}-req`, itemIds: ['item-001', 'item-007'], date: '2026-10-02', halfDay: 'am', channel: 'phone', applicant: { name, phone } },
    DESK,
  )
  const dispatched = await call('section', 'appointments.dispatch', { ...ref(requested, 'dispatch'), leadWindowId: 'win-02', assistingWindowIds: ['win-04'] }, SECTION)
  const assigned = await call('counter', 'appointments.assign', { ...ref(dispatched, 'assign'), staffId: 'staff-scjg-1' }, LEADER)
  await call('counter', 'appointments.confirmPart', { ...ref(assigned, 'part') }, RS_LEADER)
  const current = await call('booking', 'appointments.get', { appointmentId: requested.id }, SECTION)
  const confirmed = await call(
    'counter',
    'appointments.confirm',
    { ...ref(current, 'confirm'), agreedTime: '09:00', plannedMinutes: 60, contact: { note: '已电话告知两项事项所需材料', materialsToldInFull: true } },
    STAFF,
  )
  await env.system.setClock('2026-09-29T10:00:00+08:00')
  const proposed = await call('counter', 'appointments.proposeChange', { ...ref(confirmed, 'change'), reason: '申请人上午九点另有安排', newTime: '10:00' }, STAFF)
  const decided = await call('section', 'changes.decide', { ...ref(proposed, 'decide'), approve: true, note: '同意' }, SECTION)
  await env.system.setClock('2026-10-02T10:00:00+08:00')
  const started = await call('counter', 'appointments.start', { ...ref(decided, 'start') }, STAFF)
  await env.system.setClock('2026-10-02T10:50:00+08:00')
  await call('counter', 'appointments.complete', { ...ref(started, 'complete'), result: '已核发营业执照，失业保险金申领已受理' }, STAFF)
  return { id: requested.id, referenceNo: requested.referenceNo }
}

/** What the SMS stand-in delivered to a number (`/__dev/sms`), oldest first. */
async function smsTo(phoneNumber: string): Promise<{ text: string; code: string; templateId: string }[]> {
  const res = await fetch(`${env.system.url}/__dev/sms?limit=1000`)
  return ((await res.json()).messages as { phoneNumber: string; text: string; code: string; templateId: string }[]).filter((m) => m.phoneNumber === phoneNumber)
}

/** Runs the scheduler's timer now, as the platform does every 5 minutes: it sends the outbox. */
async function runScheduler(): Promise<void> {
  const res = await fetch(`${env.system.url}/__dev/triggers/scheduler`, { method: 'POST' })
  expect(res.ok).toBe(true)
}

/** The PDF's page count: each page object is `/Type /Page` (the page tree is `/Type /Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length

const step = (page: Locator, title: string) => page.locator('.counter-step').filter({ hasText: title })

describe('the reference number people see (R8)', () => {
  it('R8 shows 预约编号 on booking success and in 我的预约', async () => {
    const { page } = env.browser
    const citizen = env.system.identity('citizen').openid
    await env.system.setClock('2026-09-30T10:00:00+08:00')
    await env.system.open(page, '/packages/citizen/pages/book/index?itemId=item-006', citizen)
    const book = topPage(page)
    await book.getByText('国庆节（10月1日—10月7日）').click()
    await book.getByText('10月3日 周六').click()
    await book.getByText('下午', { exact: true }).click()
    await book.getByRole('textbox', { name: '申请人姓名' }).fill('张三')
    await book.getByRole('spinbutton', { name: '联系电话' }).fill('13812345678')
    await book.getByText('提交预约', { exact: true }).click()
    await page.waitForURL(/pages\/appointment\/index\?id=/)
    const id = decodeURIComponent(new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? '')
    const { data } = await env.system.call('booking', 'appointments.get', { appointmentId: id }, citizen)
    const referenceNo: string = data.appointment.referenceNo
    expect(referenceNo).toMatch(/^2026-\d{6}$/)
    await topPage(page).getByText(`预约编号 ${referenceNo}`).first().waitFor()
    await shoot(page, 'success')

    await env.system.open(page, '/pages/mine/index', citizen)
    await topPage(page).locator('.appointment-row').filter({ hasText: `预约编号 ${referenceNo}` }).waitFor()
    await shoot(page, 'mine')
  })
})

describe('the registration form, the paper signature and filing (R8, R19)', () => {
  let served: { id: string; referenceNo: string }
  /** The caller with a mobile of the SMS journey (R11), served and signed on paper, filed with `served`. */
  let texted: { id: string; referenceNo: string } | undefined
  beforeAll(async () => {
    served = await servedPhoneAppointment('a4', '王老汉', '0533-3612345')
  })

  it('R8 prints the usual case on one A4 page with Chinese dates, the number, materials, signatures and room for review', async () => {
    const { page } = env.browser
    await env.system.open(page, `/packages/section/pages/form/index?id=${encodeURIComponent(served.id)}`, SECTION)
    const form = topPage(page)
    await form.getByText('申请人：王老汉').waitFor()
    await form.getByText(`预约编号 ${served.referenceNo}`).waitFor()
    await shoot(page, 'form-page')
    const [popup] = await Promise.all([page.waitForEvent('popup'), form.getByText('在新窗口打开登记表').click()])
    await popup.getByText('沂源县政务服务中心预约服务登记表').first().waitFor()
    const text = (await popup.locator('body').innerText()).replace(/\s+/g, ' ')
    for (const expected of [
      `预约编号：${served.referenceNo}`,
      '个体工商户设立登记、失业保险金申领',
      '预约渠道 电话预约',
      '预约日期 2026年10月2日 上午',
      '约定时间 10:00（计划60分钟）',
      '主办窗口 2号窗口 市场主体登记',
      '配合窗口 4号窗口 社保业务',
      '个体工商户登记（备案）申请书',
      '解除或终止劳动关系证明',
      '以上材料已一次性告知（周萍，2026年9月28日 10:00）',
      '已电话告知两项事项所需材料',
      '申请人上午九点另有安排（改为 10:00）；已同意',
      '2026年10月2日 10:00 至 10:50',
      '申请人签字',
      '窗口经办人签字',
      '管理科审核意见',
      '审核人签字',
      '归档号',
    ]) {
      expect(text).toContain(expected)
    }
    // No ISO dates, offsets or UTC for people (R8): only 2026年10月2日 09:30.
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|UTC|GMT|T\d{2}:\d{2}|[+]08:?00/)

    const pdf = await popup.pdf({ format: 'A4', printBackground: true })
    expect(pdfPages(pdf)).toBe(1)
    await popup.setViewportSize({ width: 794, height: 1123 })
    await popup.screenshot({ path: path.join(SHOTS, 'form-a4.png'), fullPage: true })
    await popup.close()
  })

  it('R19 staff record the paper signature: a wrong serial number is refused and changes nothing, the right one confirms', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-10-02T11:00:00+08:00')
    await env.system.open(page, `/packages/staff/pages/appointment/index?id=${encodeURIComponent(served.id)}`, STAFF)
    const view = topPage(page)
    const sign = step(view, '登记纸质签字')
    await sign.waitFor()
    const before = await env.system.call('booking', 'appointments.get', { appointmentId: served.id }, SECTION)
    await sign.locator('.admin-field').filter({ hasText: '登记表上的预约编号' }).locator('input').fill('2026-999999')
    await sign.locator('.counter-step__submit').click()
    await sign.getByText('与本预约不符', { exact: false }).first().waitFor()
    await shoot(page, 'paper-sign-refused')
    const unchanged = await env.system.call('booking', 'appointments.get', { appointmentId: served.id }, SECTION)
    expect(unchanged.data.appointment).toEqual(before.data.appointment)

    await sign.locator('.admin-field').filter({ hasText: '登记表上的预约编号' }).locator('input').fill(served.referenceNo)
    await sign.locator('.counter-step__submit').click()
    await view.getByText('已确认办结', { exact: true }).first().waitFor()
    const after = await env.system.call('booking', 'appointments.get', { appointmentId: served.id }, SECTION)
    expect(after.data.appointment).toMatchObject({ status: 'acknowledged', paperSignature: { formNo: served.referenceNo, by: 'staff-scjg-1' } })
  })

  it('R11 R19 a caller registered by phone with a mobile is told by SMS of the confirmation and the change, then signs on paper', async () => {
    const { page } = env.browser
    const MOBILE = '+8613700001111'
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    const chooseHolidayFor = async (register: Locator) => {
      await register.getByText('电话', { exact: true }).click()
      await register.getByText('个体工商户设立登记', { exact: true }).click()
      await register.getByText('国庆节（10月1日—10月7日）').click()
    }
    // In normal text: what the desk sees for a landline (R11).
    await env.system.open(page, '/packages/section/pages/register/index', DESK)
    await chooseHolidayFor(topPage(page))
    await topPage(page).getByRole('spinbutton', { name: '联系电话' }).fill('05333612345')
    await topPage(page).getByText('该号码不能接收短信，请电话告知申请人。').scrollIntoViewIfNeeded()
    mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: path.join(SHOTS, 'register-landline.png') })
    // The desk registers the call in large text (大字), as the desk's older staff may use it.
    await env.system.open(page, '/packages/section/pages/register/index', DESK, { 'pref.largeText': true })
    const register = topPage(page)
    await chooseHolidayFor(register)
    await register.getByText('10月2日 周五').click()
    await register.getByText('上午', { exact: true }).click()
    await register.getByRole('textbox', { name: '申请人姓名' }).fill('李大娘')
    // A landline is taken, and the desk is told the window will have to call (R11).
    const phone = register.getByRole('spinbutton', { name: '联系电话' })
    await phone.fill('05333612345')
    await register.getByText('该号码不能接收短信，请电话告知申请人。').scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(SHOTS, 'register-landline-large.png'), fullPage: true })
    await phone.fill('13700001111')
    await register.getByText('确认、变更、取消和办理前一天的提醒将以短信发送到此号码。').scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(SHOTS, 'register-mobile-large.png'), fullPage: true })
    await register.getByText('登记', { exact: true }).click()
    await register.locator('.section-readback').getByText('请向来电群众复述').waitFor()
    const referenceNo = ((await register.locator('.reference-no').first().textContent()) ?? '').replace('预约编号', '').trim()
    expect(referenceNo).toMatch(/^2026-\d{6}$/)
    await register.getByText('确认、变更、取消和办理前一天的提醒将以短信发送到此号码。').scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(SHOTS, 'register-done-large.png'), fullPage: true })

    // Dispatch, assignment and the confirmation at 09:00 (the window's steps, covered in their own journeys).
    const inbox = await env.system.call('section', 'inbox.list', {}, SECTION)
    const entry = inbox.data.items.find((e: { appointment: { referenceNo?: string } }) => e.appointment.referenceNo === referenceNo)
    const ref = (a: { id: string; version: number }, step: string) => ({ appointmentId: a.id, version: a.version, requestId: `rec-sms-${step}` })
    const dispatched = await call('section', 'appointments.dispatch', { ...ref(entry.appointment, 'dispatch'), leadWindowId: 'win-02' }, SECTION)
    const assigned = await call('counter', 'appointments.assign', { ...ref(dispatched, 'assign'), staffId: 'staff-scjg-1' }, LEADER)
    const contact = { note: '已电话告知所需材料', materialsToldInFull: true }
    const confirmed = await call('counter', 'appointments.confirm', { ...ref(assigned, 'confirm'), agreedTime: '09:00', contact }, STAFF)
    await runScheduler()
    const [confirmation] = await smsTo(MOBILE)
    expect(confirmation).toMatchObject({ code: 'Ok', templateId: '2100001' })
    expect(confirmation.text).toMatch(/^【沂源县政务服务中心】您预约办理的个体工商户设立登记已确认，时间2026年10月2日 09:00，/)
    expect(confirmation.text).toContain(`预约号${referenceNo}`)

    // A change approved by the section reaches the caller by SMS too (R16).
    await env.system.setClock('2026-09-29T10:00:00+08:00')
    const proposed = await call('counter', 'appointments.proposeChange', { ...ref(confirmed, 'change'), reason: '申请人上午九点另有安排', newTime: '10:00' }, STAFF)
    const decided = await call('section', 'changes.decide', { ...ref(proposed, 'decide'), approve: true, note: '同意' }, SECTION)
    await runScheduler()
    const texts = (await smsTo(MOBILE)).map((m) => m.text)
    expect(texts).toHaveLength(2)
    expect(texts[1]).toMatch(/^【沂源县政务服务中心】您预约办理的个体工商户设立登记时间已变更为2026年10月2日 10:00，/)
    expect(texts.join()).not.toMatch(/\d{4}-\d{2}-\d{2}|HH:mm/)

    // Served on the day, then the paper signature in the window's page (R19).
    await env.system.setClock('2026-10-02T10:00:00+08:00')
    const started = await call('counter', 'appointments.start', { ...ref(decided, 'start') }, STAFF)
    await env.system.setClock('2026-10-02T10:40:00+08:00')
    await call('counter', 'appointments.complete', { ...ref(started, 'complete'), result: '已核发营业执照' }, STAFF)
    await env.system.open(page, `/packages/staff/pages/appointment/index?id=${encodeURIComponent(entry.appointment.id)}`, STAFF)
    const view = topPage(page)
    const sign = step(view, '登记纸质签字')
    await sign.locator('.admin-field').filter({ hasText: '登记表上的预约编号' }).locator('input').fill(referenceNo)
    await sign.locator('.counter-step__submit').click()
    await view.getByText('已确认办结', { exact: true }).first().waitFor()
    texted = { id: entry.appointment.id, referenceNo }

    // The admin sees what could not be sent, and why: 王老汉's landline (R11).
    await env.system.open(page, '/packages/admin/pages/messages/index', ADMIN)
    const issues = topPage(page)
    const landline = issues.locator('.message-issue').filter({ hasText: `预约编号 ${served.referenceNo}` }).first()
    await landline.getByText('申请人电话不是手机号，不能接收短信，未发送；请窗口电话告知申请人').waitFor()
    await shoot(page, 'admin-messages')
  })

  it('R19 the section files chosen records at once, each under its archive number', async () => {
    const { page } = env.browser
    const second = texted ?? (await servedPhoneAppointment('file2', '李大娘', '13700001111'))
    await env.system.setClock('2026-10-08T09:00:00+08:00')
    await env.system.open(page, '/packages/section/pages/filing/index', SECTION)
    const filing = topPage(page)
    await filing.getByText('登记表归档').first().waitFor()
    await filing.locator('.filing-row').first().waitFor()
    await shoot(page, 'filing')
    for (const record of [served, second]) {
      await filing.locator('.filing-row').filter({ hasText: `预约编号 ${record.referenceNo}` }).getByText('选择归档').click()
    }
    await filing.locator('.admin-field').filter({ hasText: '卷盒号' }).locator('input').fill('2026年国庆第1盒')
    await shoot(page, 'filing-chosen', { large: false })
    await filing.getByText('归档所选（2条）').click()
    await filing.getByText(/已归档 2 条，归档号 2026-G-\d{4} 至 2026-G-\d{4}/).waitFor()
    await shoot(page, 'filing-done', { large: false })
    for (const record of [served, second]) {
      const { data } = await env.system.call('booking', 'appointments.get', { appointmentId: record.id }, SECTION)
      expect(data.appointment.filing).toMatchObject({ archiveNo: expect.stringMatching(/^2026-G-\d{4}$/), box: '2026年国庆第1盒' })
      expect(await filing.locator('.filing-row').filter({ hasText: `预约编号 ${record.referenceNo}` }).count()).toBe(0)
    }
  })
  it('R19 the section downloads the register of a period (.xlsx) and one record\'s form (.docx), each read back', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-10-08T10:00:00+08:00')
    await env.system.open(page, '/packages/section/pages/appointments/index', SECTION)
    const list = topPage(page)
    const card = list.locator('.register-export')
    await card.getByText('导出台账').first().waitFor()
    await pickDate(page, card.locator('.register-from'), '2026-10-01')
    await pickDate(page, card.locator('.register-to'), '2026-10-07')
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByText('导出并下载台账').click()])
    expect(download.suggestedFilename()).toBe('预约台账_2026年10月1日至2026年10月7日.xlsx')
    await card.getByText(/台账已生成，共\d+条/).waitFor()
    await shootCard(page, (top) => top.locator('.register-export'), 'register-export')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile((await download.path())!)
    const rows: string[][] = []
    workbook.getWorksheet('预约台账')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))))
    expect(rows[2]).toEqual(['预约编号', '申请人', '电话', '事项', '窗口', '经办人', '预约日期与时间', '渠道', '状态', '结果', '归档号'])
    const row = rows.find((r) => r[0] === served.referenceNo)!
    expect(row).toEqual([
      served.referenceNo, '王老汉', '0533-3612345', '个体工商户设立登记、失业保险金申领', '2号窗口（市场主体登记）', '周萍', '2026年10月2日 10:00', '电话预约', '已确认办结',
      '已核发营业执照，失业保险金申领已受理', expect.stringMatching(/^2026-G-\d{4}（2026年国庆第1盒）$/),
    ])

    await env.system.open(page, `/packages/section/pages/record/index?id=${encodeURIComponent(served.id)}`, SECTION)
    const record = topPage(page)
    const [form] = await Promise.all([page.waitForEvent('download'), record.getByText('下载登记表（可编辑文档）').click()])
    expect(form.suggestedFilename()).toBe(`预约服务登记表_${served.referenceNo}.docx`)
    await record.getByText(`已开始下载“预约服务登记表_${served.referenceNo}”`).waitFor()
    await shootCard(page, (top) => top.locator('.card:has(.form-document)'), 'record-form-download')
    const zip = await JSZip.loadAsync(readFileSync((await form.path())!))
    const xml = await zip.file('word/document.xml')!.async('string')
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    for (const expected of [`预约编号：${served.referenceNo}`, '2026年10月2日 上午', '10:00（计划60分钟）', '个体工商户登记（备案）申请书', '已电话告知两项事项所需材料', '申请人已在纸质登记表上签字确认', '管理科审核意见：']) {
      expect(text).toContain(expected)
    }
  })
})
