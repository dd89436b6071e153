import path from 'node:path'
import { ARTIFACTS_DIR, topPage, useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

const DESK = 'oEXAMPLE_desk_zhao'
const SECTION = 'oEXAMPLE_section_li'

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
    ]) {
      await readBack.getByText(line, { exact: true }).waitFor()
    }
    expect(await readBack.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}|item-|HH:mm/)
    await register.getByText('再登记一条').waitFor()
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'section-readback.png'), fullPage: true })

    const before = await env.system.call('section', 'inbox.list', {}, SECTION)
    const entry = before.data.items.find((e: { appointment: { applicant: { name: string } } }) => e.appointment.applicant.name === '王先生')
    expect(entry.appointment).toMatchObject({ channel: 'phone', itemIds: ['item-001'], date: '2026-10-02', halfDay: 'am', status: 'submitted' })
    const id: string = entry.appointment.id

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
