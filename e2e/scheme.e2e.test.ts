import type { Locator, Page } from 'playwright-core'
import { topPage, useSystemAndBrowser } from './support/setup'

/**
 * The scheme as written (issue 18) in Chromium: a no-show after unanswered
 * calls (R18), and the section splitting a request over half a working day
 * (R14). Each screen is kept at 390×844 in normal and large text
 * (e2e/artifacts/scheme-*.png, git-ignored) to be looked at.
 */
const env = useSystemAndBrowser()

const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const HOLIDAY = '2026-10-02'

/** The page scrolls inside Taro's container, not the document: bring `at` into view first. */
async function shoot(page: Page, name: string, at?: Locator): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 })
  if (at) await at.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await page.screenshot({ path: `e2e/artifacts/scheme-${name}.png`, fullPage: true })
}

/** The app's 大字 switch, as the home page stores it, then the page again. */
async function largeText(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.setItem('pref.largeText', JSON.stringify({ data: true })))
  await page.reload()
  await page.locator('.page--large').first().waitFor()
}

async function ok(call: Promise<any>): Promise<any> {
  const answer = await call
  expect(answer.error).toBeUndefined()
  return answer.data
}

describe('an applicant who cannot be reached (R18)', () => {
  it('R18 the staff record three unanswered calls after 09:00, then close it as 未到 (not 放弃)', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    const citizen = env.system.identity('citizen').openid
    const made = await ok(
      env.system.call('booking', 'appointments.request', { requestId: 'scheme-e2e-noshow', itemIds: ['item-001'], date: HOLIDAY, halfDay: 'am', applicant: { name: '刘洋', phone: '13912345678' } }, citizen),
    )
    const id = made.appointment.id
    const step = async (fn: string, action: string, openid: string, payload: object) => {
      const { appointment } = await ok(env.system.call('booking', 'appointments.get', { appointmentId: id }, openid))
      return ok(env.system.call(fn, action, { appointmentId: id, version: appointment.version, requestId: `scheme-e2e-${action.replace('.', '-')}`, ...payload }, openid))
    }
    await step('section', 'appointments.dispatch', SECTION, { leadWindowId: 'win-02' })
    await step('counter', 'appointments.assign', LEADER, { staffId: 'staff-scjg-1' })
    await step('counter', 'appointments.confirm', STAFF, { agreedTime: '09:00', plannedMinutes: 45, contact: { note: '已电话告知', materialsToldInFull: true } })

    await env.system.setClock(`${HOLIDAY}T09:05:00+08:00`)
    await env.system.open(page, `/packages/staff/pages/appointment/index?id=${encodeURIComponent(id)}`, STAFF)
    const view = topPage(page)
    await view.getByText('申请人未到？登记联系记录').click()
    await view.getByText('申请人未到：登记联系记录').waitFor()
    await view.getByText('登记本次联系').click()
    await view.getByText('09:05 电话 无人接听').waitFor()

    await env.system.setClock(`${HOLIDAY}T09:15:00+08:00`)
    await view.getByText('拒接或挂断').click()
    await view.getByText('登记本次联系').click()
    await view.getByText('09:15 电话 拒接或挂断').waitFor()

    await env.system.setClock(`${HOLIDAY}T09:31:00+08:00`)
    await view.getByText('登记未到', { exact: true }).last().click()
    await view.getByText('已联系申请人2次，须至少联系3次仍联系不上才能登记未到').waitFor()
    await view.getByText('短信', { exact: true }).click()
    await view.getByText('关机或无法接通').click()
    await view.getByText('登记本次联系').click()
    await view.getByText('09:31 短信 关机或无法接通').waitFor()
    await view.getByText('已联系3次：').waitFor()
    await shoot(page, 'noshow-attempts', view.getByText('申请人未到：登记联系记录'))
    await largeText(page)
    await topPage(page).getByText('09:31 短信 关机或无法接通').waitFor()
    await shoot(page, 'noshow-attempts-large', topPage(page).getByText('申请人未到：登记联系记录'))
    await shoot(page, 'noshow-button-large', topPage(page).getByText('登记本次联系'))

    await topPage(page).getByText('登记未到', { exact: true }).last().click()
    await topPage(page).getByText('未到（视为完成）').first().waitFor()
    const { appointment } = await ok(env.system.call('booking', 'appointments.get', { appointmentId: id }, STAFF))
    expect(appointment).toMatchObject({ status: 'no_show', noShow: { attempts: 3 } })
    expect(appointment.lateRecord).toBeUndefined()
    await shoot(page, 'noshow-closed-large')
  })
})

describe('a request over half a working day (R14)', () => {
  it('R14 the section sees 预计超过半个工作日 and splits it into two appointments', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    const citizen = env.system.identity('citizen').openid
    const items = ['item-020', 'item-009', 'item-010']
    await ok(env.system.call('booking', 'appointments.request', { requestId: 'scheme-e2e-split', itemIds: items, date: HOLIDAY, halfDay: 'am', applicant: { name: '孙丽', phone: '13700002222' } }, citizen))

    await env.system.open(page, '/packages/section/pages/inbox/index', SECTION)
    const inbox = topPage(page)
    await inbox.getByText('预计超过半个工作日：各事项预计共270分钟，可拆分为两次预约').waitFor()
    const entry = () => topPage(page).locator('.section-entry').filter({ hasText: '孙丽' })
    await shoot(page, 'split-flag', entry())
    await largeText(page)
    await topPage(page).getByText('预计超过半个工作日：各事项预计共270分钟，可拆分为两次预约').waitFor()
    await shoot(page, 'split-flag-large', entry())

    const card = topPage(page).locator('.section-entry').filter({ hasText: '孙丽' })
    await card.getByText('拆分为两次预约', { exact: true }).click()
    await card.getByText('不动产抵押登记', { exact: true }).click()
    await shoot(page, 'split-form-large', card)
    await card.getByText('确认拆分').click()
    await topPage(page).locator('.section-entry').filter({ hasText: '孙丽' }).nth(1).waitFor()
    const entries = topPage(page).locator('.section-entry').filter({ hasText: '孙丽' })
    expect(await entries.count()).toBe(2)
    await expect(entries.filter({ hasText: '预计超过半个工作日' }).count()).resolves.toBe(0)
  })
})
