import { topPage, useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

// Each test drives several pages and roles; on a loaded 2-core machine that outlasts the default 60 s.
jest.setTimeout(180_000)

const HE = 'oEXAMPLE_citizen_he'
const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_rs_leader'
const STAFF = 'oEXAMPLE_rs_staff'
const CONFIRM = 'ex-CONFIRM-Xq3mZ7f0VnB2kLd9sYt4uWcR8hJpA1eGo'
const DISPATCH = 'ex-DISPATCH-7bN2kLd9sYt4uWcR8hJpA1eGoTiN6bMvQ'
const REVIEW = 'ex-REVIEW-Hs5tG8jK1lZ4xC7vB0nM3qW6eR9tY2uIoP'

async function devPost(path: string, body: unknown = {}) {
  const res = await fetch(`${env.system.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`)
  return res.json()
}
const wechatOutbox = async (): Promise<any[]> => (await (await fetch(`${env.system.url}/__dev/outbox?limit=1000`)).json()).messages

describe('the booking form’s phone button and messages (R7, docs/platform.md)', () => {
  it('R7 fills the phone from WeChat’s button, says so when the code is refused, asks for messages on submit, and the confirmation arrives', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    await env.system.open(page, '/packages/citizen/pages/book/index?itemId=item-006', HE)
    const book = topPage(page)
    await book.getByText('国庆节（10月1日—10月7日）').click()
    await book.getByText('10月3日 周六').click()
    await book.getByText('上午', { exact: true }).click()
    await book.getByRole('textbox', { name: '申请人姓名' }).fill('何静')
    const phone = book.getByRole('spinbutton', { name: '联系电话' })
    await phone.fill('13911112222')

    // A code WeChat no longer honours: the message says so and the typed number stays.
    await page.route('**/__dev/phonecode', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ code: 'expired0code', expiresIn: 300 }) }))
    await book.getByText('使用微信绑定的手机号', { exact: true }).click()
    await book.getByText('微信手机号授权已失效，请重新点击或直接输入手机号').waitFor()
    expect(await phone.inputValue()).toBe('13911112222')
    await page.unroute('**/__dev/phonecode')

    await book.getByText('使用微信绑定的手机号', { exact: true }).click()
    await page.waitForFunction((input) => (input as HTMLInputElement | null)?.value === '13800138000', await phone.elementHandle())

    await book.getByText('提交预约', { exact: true }).click()
    await page.waitForURL(/pages\/appointment\/index\?id=.*notify=on/)
    const detail = topPage(page)
    await detail.getByText('已开启消息通知，预约的确认、变更和提醒将通过微信服务通知发送给您。').waitFor()
    await detail.getByText('申请人：何静 13800138000').waitFor()
    const id = decodeURIComponent(new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? '')

    // The window confirms (steps other e2e files drive through the UI); the scheduler sends the allowed confirmation.
    const ref = async (requestId: string) => {
      const { data } = await env.system.call('booking', 'appointments.get', { appointmentId: id }, SECTION)
      return { appointmentId: id, version: data.appointment.version, requestId }
    }
    expect((await env.system.call('section', 'appointments.dispatch', { ...(await ref('msg-e2e-dispatch')), leadWindowId: 'win-04' }, SECTION)).ok).toBe(true)
    expect((await env.system.call('counter', 'appointments.assign', { ...(await ref('msg-e2e-assign0')), staffId: 'staff-rs-1' }, LEADER)).ok).toBe(true)
    const contact = { note: '已电话告知', materialsToldInFull: true }
    expect((await env.system.call('counter', 'appointments.confirm', { ...(await ref('msg-e2e-confirm')), agreedTime: '09:00', contact }, STAFF)).ok).toBe(true)
    await devPost('/__dev/triggers/scheduler')
    const delivered = (await wechatOutbox()).filter((m) => m.touser === HE && m.templateId === CONFIRM)
    expect(delivered).toEqual([expect.objectContaining({ errcode: 0 })])
  })

  it('a window staff member allows their messages from the queue with one tap: long-term, they keep coming', async () => {
    const { page } = env.browser
    await env.system.open(page, '/packages/staff/pages/queue/index', STAFF)
    const queue = topPage(page)
    await queue.getByText('开启新工单提醒', { exact: true }).click()
    await queue.getByText('已开启，新工单提醒会持续发送到您的微信').waitFor()
    // `filter` (WeChat's own answer, not the user's) changes nothing: a look at the grants
    const granted = await env.system.call('booking', 'subscriptions.grant', { requestId: 'msg-e2e-peek0', answers: { [DISPATCH]: 'filter', [REVIEW]: 'filter' } }, STAFF)
    expect(granted.data.remaining).toEqual({ [DISPATCH]: 1, [REVIEW]: 1 })
  })

  it('the section allows its messages from the inbox with one tap', async () => {
    const { page } = env.browser
    await env.system.open(page, '/packages/section/pages/inbox/index', SECTION)
    const inbox = topPage(page)
    await inbox.getByText('开启派单审批提醒', { exact: true }).click()
    await inbox.getByText('已开启，派单审批提醒会持续发送到您的微信').waitFor()
    const granted = await env.system.call('booking', 'subscriptions.grant', { requestId: 'msg-e2e-peek1', answers: { [DISPATCH]: 'filter', [REVIEW]: 'filter' } }, SECTION)
    expect(granted.data.remaining).toEqual({ [DISPATCH]: 1, [REVIEW]: 1 })
  })
})
