import { topPage, useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

const SECTION = 'oEXAMPLE_section_li'

describe('a company applies in its own name (R7: 企业和群众)', () => {
  it('books with its name, is told a wrong credit code plainly, then books with the right one; the section sees the company', async () => {
    const { page } = env.browser
    const contact = 'oEXAMPLE_citizen_liu'
    await env.system.setClock('2026-09-29T10:00:00+08:00')
    await env.system.open(page, '/packages/citizen/pages/book/index?itemId=item-001', contact)

    const book = topPage(page)
    await book.getByText('国庆节（10月1日—10月7日）').first().waitFor()
    await book.getByText('10月5日 周一').click()
    await book.getByText('下午', { exact: true }).click()
    await book.getByText('企业办理', { exact: true }).click()
    await book.getByRole('textbox', { name: '企业名称' }).fill('沂源县鲁山农业发展有限公司')
    // One character mistyped from the licence (F → E).
    await book.getByRole('textbox', { name: '统一社会信用代码' }).fill('91330100716105852E')
    await book.getByRole('textbox', { name: '经办人姓名' }).fill('王经理')
    await book.getByRole('spinbutton', { name: '联系电话' }).fill('13912340000')
    await book.getByText('提交预约', { exact: true }).click()
    await book.getByText('统一社会信用代码校验不通过，请对照营业执照核对').waitFor()
    expect((await env.system.call('booking', 'appointments.mine', {}, contact)).data.appointments).toEqual([])

    // Typed in lower case with spaces, as people do: accepted as the licence reads.
    await book.getByRole('textbox', { name: '统一社会信用代码' }).fill('91330100 716105852f')
    await book.getByText('提交预约', { exact: true }).click()
    await page.waitForURL(/pages\/appointment\/index\?id=/)
    const detail = topPage(page)
    await detail.getByText('预约成功', { exact: true }).waitFor()
    await detail.getByText('申请人：沂源县鲁山农业发展有限公司（经办人：王经理）', { exact: false }).waitFor()

    const [mine] = (await env.system.call('booking', 'appointments.mine', {}, contact)).data.appointments
    expect(mine.applicant.company).toEqual({ name: '沂源县鲁山农业发展有限公司', creditCode: '91330100716105852F' })

    await env.system.open(page, '/packages/section/pages/inbox/index', SECTION)
    await topPage(page).getByText('沂源县鲁山农业发展有限公司（经办人：王经理）', { exact: false }).first().waitFor()
  })
})
