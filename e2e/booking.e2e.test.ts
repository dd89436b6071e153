import { topPage, useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

describe('a citizen books a holiday appointment (R6, R7, R8, R15)', () => {
  it('books 国庆节 before the deadline, finds it in 我的预约, is told booking closed after 17:00, and cancels it', async () => {
    const { page } = env.browser
    const citizen = env.system.identity('citizen').openid
    await env.system.setClock('2026-09-30T16:59:00+08:00')

    await env.system.open(page, '/packages/citizen/pages/item/index?id=item-006', citizen)
    await topPage(page).getByText('社会保障卡申领与补换').first().waitFor()
    await topPage(page).getByText('预约节假日办理', { exact: true }).click()
    await page.waitForURL(/pages\/book\/index\?itemId=item-006/)

    const book = topPage(page)
    await book.getByText('办理事项：社会保障卡申领与补换').waitFor()
    await book.getByText('国庆节（10月1日—10月7日）').click()
    await book.getByText('请在9月30日17:00前提交').waitFor()
    await book.getByText('仅用于窗口工作人员就本次预约与您联系', { exact: false }).waitFor()
    await book.getByText('10月2日 周五').click()
    await book.getByText('上午', { exact: true }).click()
    await book.getByRole('textbox', { name: '申请人姓名' }).fill('张三')
    await book.getByRole('spinbutton', { name: '联系电话' }).fill('1381234')
    await book.getByText('提交预约', { exact: true }).click()
    await book.getByText('联系电话应为手机号或带区号的固定电话').waitFor()
    await book.getByRole('spinbutton', { name: '联系电话' }).fill('13812345678')
    await book.getByText('提交预约', { exact: true }).click()

    await page.waitForURL(/pages\/appointment\/index\?id=/)
    const id = decodeURIComponent(new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? '')
    expect(id).not.toBe('')
    const detail = topPage(page)
    await detail.getByText('已提交', { exact: true }).waitFor()
    await detail.getByText('预约成功', { exact: true }).waitFor()
    await detail.getByText('预约日期：10月2日（周五）上午').first().waitFor() // in 预约成功 and in the record
    await detail.getByText('约定时间：待窗口联系确认').waitFor()
    await detail.getByText('请携带以下材料：').waitFor()
    await detail.getByText('近期免冠证件照', { exact: false }).waitFor()

    const mine = await env.system.call('booking', 'appointments.mine', {}, citizen)
    expect(mine.data.appointments.map((a: { id: string }) => a.id)).toEqual([id])
    await env.system.open(page, '/pages/mine/index', citizen)
    await topPage(page).getByText('社会保障卡申领与补换').waitFor()
    await topPage(page).getByText('已提交', { exact: true }).waitFor()

    await env.system.setClock('2026-09-30T17:01:00+08:00')
    await env.system.open(page, '/packages/citizen/pages/book/index?itemId=item-006', citizen)
    await topPage(page).getByText('当前没有可预约的节假日').waitFor()
    await topPage(page).getByText('国庆节（10月1日—10月7日）的预约已于9月30日 17:00截止').waitFor()

    await env.system.open(page, `/packages/citizen/pages/appointment/index?id=${encodeURIComponent(id)}`, citizen)
    const again = topPage(page)
    await again.getByText('已提交', { exact: true }).waitFor()
    await again.getByText('取消预约', { exact: true }).click()
    const dialog = page.getByRole('dialog', { name: '取消预约' })
    await dialog.getByRole('textbox', { name: '其他原因或补充说明（选填）' }).fill('行程有变')
    await dialog.getByText('确认取消', { exact: true }).click()
    await again.getByText('已取消', { exact: true }).waitFor()
    await again.getByText('取消原因：行程有变').waitFor()
    const stored = await env.system.call('booking', 'appointments.get', { appointmentId: id }, citizen)
    expect(stored.data.appointment.status).toBe('cancelled')
  })
})
