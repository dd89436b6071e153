import { topPage, useSystemAndBrowser } from './support/setup'

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
    await register.getByText('状态：已提交').waitFor()
    await register.getByText('再登记一条').waitFor()

    const before = await env.system.call('section', 'inbox.list', {}, SECTION)
    const entry = before.data.items.find((e: { appointment: { applicant: { name: string } } }) => e.appointment.applicant.name === '王先生')
    expect(entry.appointment).toMatchObject({ channel: 'phone', itemIds: ['item-001'], date: '2026-10-02', halfDay: 'am', status: 'submitted' })
    const id: string = entry.appointment.id

    await env.system.open(page, '/packages/section/pages/inbox/index', SECTION)
    const inbox = topPage(page)
    const card = inbox.locator('.section-entry').filter({ hasText: '王先生' })
    await card.getByText('电话登记', { exact: false }).waitFor()
    await card.getByText('2号窗口 市场主体登记').click()
    await card.getByText('派单', { exact: true }).click()
    await card.waitFor({ state: 'detached' })

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
