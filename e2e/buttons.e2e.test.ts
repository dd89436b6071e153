import type { Locator, Page } from 'playwright-core'
import { topPage, useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'

/** Taro's H5 button element whose whole text is `label`. */
const button = (scope: Locator, label: string) => scope.locator('taro-button-core').filter({ hasText: new RegExp(`^${label}$`) })

type Rgba = [number, number, number, number]
const rgba = (css: string): Rgba => {
  const [r, g, b, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number)
  return [r, g, b, a]
}
const luminance = ([r, g, b]: Rgba) => {
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}
/** WCAG contrast of the text over the button's own (opaque) background, the text's alpha blended in. */
function contrast(text: Rgba, background: Rgba): number {
  const blended: Rgba = [0, 1, 2].map((i) => text[i] * text[3] + background[i] * (1 - text[3])) as unknown as Rgba
  const [hi, lo] = [luminance(blended), luminance(background)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/**
 * The H5 trap (ActionButton's comment): `disabled="false"` still matches
 * Taro's `taro-button-core[disabled]` and turns the text white/grey. An idle
 * button must carry no attribute, take taps, and keep readable text.
 */
async function expectReadableAndEnabled(target: Locator) {
  await target.waitFor()
  expect(await target.getAttribute('disabled')).toBeNull()
  expect(await target.isEnabled()).toBe(true)
  const { color, background, ratio } = await readability(target)
  expect(color).not.toBe(background)
  expect(ratio).toBeGreaterThanOrEqual(4.5)
}

async function readability(target: Locator) {
  const { color, background } = await target.evaluate((el) => {
    const style = getComputedStyle(el)
    return { color: style.color, background: style.backgroundColor }
  })
  return { color, background, ratio: contrast(rgba(color), rgba(background)) }
}

function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

describe('one client button: idle buttons are enabled and readable in the H5 build (R7, R8, R10)', () => {
  it('the booking form’s 提交预约 and phone button, before and after a refused submit', async () => {
    const { page } = env.browser
    const errors = collectPageErrors(page)
    const citizen = env.system.identity('citizen').openid
    await env.system.setClock('2026-09-28T10:00:00+08:00')

    await env.system.open(page, '/packages/citizen/pages/book/index?itemId=item-006', citizen)
    const book = topPage(page)
    await book.getByText('办理事项：社会保障卡申领与补换').waitFor()
    await book.getByText('国庆节（10月1日—10月7日）').click()
    await expectReadableAndEnabled(button(book, '提交预约'))
    await expectReadableAndEnabled(button(book, '使用微信绑定的手机号'))

    // The check bites: with the old `disabled="false"` the same button's text is unreadable.
    const submit = button(book, '提交预约')
    await submit.evaluate((el) => el.setAttribute('disabled', 'false'))
    expect((await readability(submit)).ratio).toBeLessThan(3)
    await submit.evaluate((el) => el.removeAttribute('disabled'))

    // A refused submit goes busy (label 正在提交…) and back: the button must come back enabled, not greyed.
    await book.getByText('10月2日 周五').click()
    await book.getByText('上午', { exact: true }).click()
    await book.getByRole('textbox', { name: '申请人姓名' }).fill('张三')
    await book.getByRole('spinbutton', { name: '联系电话' }).fill('1381234')
    await button(book, '提交预约').click()
    await book.getByText('联系电话应为手机号或带区号的固定电话').waitFor()
    await expectReadableAndEnabled(button(book, '提交预约'))
    expect(errors).toEqual([])
  })

  it('the staff appointment page’s step button, before and after the leader assigns', async () => {
    const { page } = env.browser
    const errors = collectPageErrors(page)
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    const citizen = env.system.identity('citizen').openid
    const requested = await env.system.call(
      'booking',
      'appointments.request',
      { requestId: 'buttons-e2e-0001', itemIds: ['item-001'], date: '2026-10-03', halfDay: 'am', applicant: { name: '刘洋', phone: '13912345678' } },
      citizen,
    )
    expect(requested.ok).toBe(true)
    const { id, version } = requested.data.appointment
    const dispatched = await env.system.call(
      'section',
      'appointments.dispatch',
      { appointmentId: id, version, requestId: 'buttons-e2e-dispatch', leadWindowId: 'win-02' },
      'oEXAMPLE_section_li',
    )
    expect(dispatched.ok).toBe(true)
    const url = `/packages/staff/pages/appointment/index?id=${encodeURIComponent(id)}`

    await env.system.open(page, url, LEADER)
    const detail = topPage(page)
    await detail.getByText('分配工作人员').waitFor()
    await expectReadableAndEnabled(button(detail, '分配'))
    await detail.getByText('周萍', { exact: true }).click()
    await button(detail, '分配').click()
    await detail.getByText('经办人：周萍').waitFor()

    await env.system.open(page, url, STAFF)
    const staffView = topPage(page)
    await staffView.getByText('联系申请人并确认').waitFor()
    await expectReadableAndEnabled(button(staffView, '确认预约'))
    expect(errors).toEqual([])
  })
})
