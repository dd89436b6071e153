import type { Locator } from 'playwright-core'
import { topPage, useSystemAndBrowser } from './support/setup'
import { pickDate, pickTime } from './support/picker'

const env = useSystemAndBrowser()

// Each test drives several pages and roles; on a loaded 2-core machine that outlasts the default 60 s.
jest.setTimeout(180_000)

const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const ZHANG = 'oEXAMPLE_citizen_zhang'
const LIU = 'oEXAMPLE_citizen_liu'
const HE = 'oEXAMPLE_citizen_he'

interface Booked {
  id: string
}

/**
 * A 国庆 2026 appointment for 个体工商户设立登记 (win-02), confirmed by its
 * staff at `agreedTime` on `date`: requested, dispatched, assigned and
 * confirmed through the API, as booking, section and counter e2e already
 * drive those steps through the UI.
 */
async function confirmedAppointment(citizen: string, name: string, phone: string, date: string, agreedTime: string): Promise<Booked> {
  const call = async (fn: string, action: string, input: Record<string, unknown>, openid: string) => {
    const answer = await env.system.call(fn, action, input, openid)
    if (!answer.ok) throw new Error(`${fn} ${action}: ${JSON.stringify(answer.error)}`)
    return answer.data.appointment as { id: string; version: number }
  }
  const key = `${citizen}-${date}-${agreedTime}`.replace(/[^A-Za-z0-9_-]/g, '')
  const requested = await call(
    'booking',
    'appointments.request',
    { requestId: `life-${key}-req`, itemIds: ['item-001'], date, halfDay: agreedTime < '12:00' ? 'am' : 'pm', applicant: { name, phone } },
    citizen,
  )
  const ref = (a: { id: string; version: number }, step: string) => ({ appointmentId: a.id, version: a.version, requestId: `life-${key}-${step}` })
  const dispatched = await call('section', 'appointments.dispatch', { ...ref(requested, 'dispatch'), leadWindowId: 'win-02' }, SECTION)
  const assigned = await call('counter', 'appointments.assign', { ...ref(dispatched, 'assign'), staffId: 'staff-scjg-1' }, LEADER)
  await call(
    'counter',
    'appointments.confirm',
    { ...ref(assigned, 'confirm'), agreedTime, contact: { note: '已电话联系', materialsToldInFull: true } },
    STAFF,
  )
  return { id: requested.id }
}

const staffPage = (id: string) => `/packages/staff/pages/appointment/index?id=${encodeURIComponent(id)}`
const step = (page: Locator, title: string) => page.locator('.counter-step').filter({ hasText: title })
const field = (scope: Locator, label: string, tag: 'input' | 'textarea') => scope.locator('.admin-field').filter({ hasText: label }).locator(tag)

async function stored(id: string) {
  const answer = await env.system.call('booking', 'appointments.get', { appointmentId: id }, SECTION)
  return answer.data.appointment
}

describe('a 国庆 2026 appointment from confirmation to filing (R16, R18, R19, R8)', () => {
  let changed: Booked
  let late: Booked
  let noShow: Booked
  let served: Booked

  beforeAll(async () => {
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    changed = await confirmedAppointment(ZHANG, '张伟', '13800000001', '2026-10-02', '09:00')
    late = await confirmedAppointment(ZHANG, '张伟', '13800000001', '2026-10-02', '10:00')
    noShow = await confirmedAppointment(LIU, '刘芳', '13800000002', '2026-10-02', '11:00')
    served = await confirmedAppointment(HE, '何静', '13800000003', '2026-10-03', '09:00')
  })

  it('R16 staff propose a change with a reason, the section approves it 12 hours ahead, and the citizen sees the new time and the change', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-09-29T10:00:00+08:00')

    await env.system.open(page, staffPage(changed.id), STAFF)
    const staffView = topPage(page)
    await staffView.getByText('已确认', { exact: true }).waitFor()
    const propose = step(staffView, '申请变更')
    await field(propose, '变更原因', 'textarea').fill('经办人10月2日参加业务培训')
    await pickDate(page, propose.locator('.change-new-date'), '2026-10-03')
    await pickTime(page, propose.locator('.change-new-time'), '10:30')
    await propose.getByText('提交管理科审批', { exact: true }).click()
    await staffView.getByText('变更待审批', { exact: true }).waitFor()
    await staffView.getByText('变更原因：经办人10月2日参加业务培训').waitFor()

    await env.system.open(page, '/packages/section/pages/inbox/index', SECTION)
    const card = topPage(page).locator('.section-entry').filter({ hasText: '改至 10月3日（周六） 10:30' })
    await card.getByText('原因：经办人10月2日参加业务培训', { exact: false }).waitFor()
    await card.locator('textarea').fill('同意，请按新时间办理')
    await card.getByText('批准', { exact: true }).click()
    await card.waitFor({ state: 'detached' })
    expect(await stored(changed.id)).toMatchObject({ status: 'confirmed', date: '2026-10-03', agreedTime: '10:30' })

    await env.system.open(page, `/packages/citizen/pages/appointment/index?id=${encodeURIComponent(changed.id)}`, ZHANG)
    const detail = topPage(page)
    await detail.getByText('预约日期：10月3日（周六）上午').waitFor()
    await detail.getByText('约定时间：10:30').waitFor()
    await detail.getByText('窗口工作人员 申请变更 → 变更待审批').waitFor()
    await detail.getByText('经办人10月2日参加业务培训').waitFor()
    await detail.getByText('管理科 审批变更 → 已确认').waitFor()
    await detail.getByText('同意，请按新时间办理').waitFor()
  })

  it('R16 refuses, in Chinese, a change the section approves less than 12 hours before the agreed time; rejecting it keeps the time', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-10-01T21:00:00+08:00')

    await env.system.open(page, staffPage(late.id), STAFF)
    const propose = step(topPage(page), '申请变更')
    await field(propose, '变更原因', 'textarea').fill('窗口系统升级')
    await pickTime(page, propose.locator('.change-new-time'), '11:00')
    await propose.getByText('提交管理科审批', { exact: true }).click()
    await topPage(page).getByText('变更待审批', { exact: true }).waitFor()

    await env.system.setClock('2026-10-01T22:30:00+08:00')
    await env.system.open(page, '/packages/section/pages/inbox/index', SECTION)
    const card = topPage(page).locator('.section-entry').filter({ hasText: '原因：窗口系统升级' })
    await card.getByText('批准', { exact: true }).click()
    await card.getByText('距约定时间不足12小时，不能再变更', { exact: false }).waitFor()
    expect(await stored(late.id)).toMatchObject({ status: 'change_pending', date: '2026-10-02', agreedTime: '10:00' })

    // Too late to move: the section rejects the proposal, and the agreed time stands.
    await card.getByText('驳回', { exact: true }).click()
    await card.waitFor({ state: 'detached' })
    expect(await stored(late.id)).toMatchObject({ status: 'confirmed', date: '2026-10-02', agreedTime: '10:00', change: { decision: 'rejected' } })
  })

  it('R18 offers no lateness step before 30 minutes, then records that the applicant gave up: abandoned, counted as served', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-10-02T11:29:00+08:00')

    // 29 minutes after the agreed 11:00 the step is not offered (the server would answer TOO_EARLY, tested in the functions suite).
    await env.system.open(page, staffPage(noShow.id), STAFF)
    await topPage(page).getByText('已确认', { exact: true }).first().waitFor()
    expect(await step(topPage(page), '登记迟到').count()).toBe(0)
    expect((await stored(noShow.id)).status).toBe('confirmed')

    await env.system.setClock('2026-10-02T11:31:00+08:00')
    await env.system.open(page, staffPage(noShow.id), STAFF)
    const staffView = topPage(page)
    const mark = step(staffView, '登记迟到')
    await mark.getByText('已联系申请人', { exact: true }).click()
    await mark.getByText('申请人放弃办理', { exact: true }).click()
    await field(mark, '情况说明', 'textarea').fill('电话联系，申请人称改日再来')
    await mark.getByText('登记', { exact: true }).click()
    await staffView.getByText('已放弃（视为完成）', { exact: true }).first().waitFor()
    await staffView.getByText('申请人放弃办理：电话联系，申请人称改日再来').waitFor()
    const record = await stored(noShow.id)
    expect(record).toMatchObject({ status: 'abandoned', lateRecord: { contacted: true, gaveUp: true } })
  })

  it('R19 R8 staff serve on arrival and record the outcome, the citizen confirms it, and the printed form shows both', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-10-03T08:55:00+08:00')

    await env.system.open(page, staffPage(served.id), STAFF)
    const staffView = topPage(page)
    await step(staffView, '开始办理').getByText('开始办理', { exact: true }).last().click()
    await staffView.getByText('办理中', { exact: true }).waitFor()

    await env.system.setClock('2026-10-03T09:40:00+08:00')
    await env.system.open(page, staffPage(served.id), STAFF)
    const complete = step(topPage(page), '办结')
    await field(complete, '办理结果', 'textarea').fill('已核发营业执照')
    await pickTime(page, complete.locator('.admin-field', { hasText: '开始时间' }).locator('.picker-field__value'), '09:00')
    await pickTime(page, complete.locator('.admin-field', { hasText: '办结时间' }).locator('.picker-field__value'), '09:35')
    await complete.locator('.counter-step__submit').click()
    await topPage(page).getByText('已办结', { exact: true }).waitFor()
    await topPage(page).getByText('办理结果：已核发营业执照', { exact: true }).waitFor()
    await topPage(page).getByText('办理时间：10月3日 9:00—9:35（35分钟）').waitFor()

    await env.system.setClock('2026-10-03T10:00:00+08:00')
    await env.system.open(page, '/pages/mine/index', HE)
    await topPage(page).locator('.appointment-row').filter({ hasText: '已办结' }).click()
    await page.waitForURL(/pages\/appointment\/index\?id=/)
    const detail = topPage(page)
    await detail.getByText('窗口工作人员 办结 → 已办结').waitFor()
    await detail.getByText('已核发营业执照').first().waitFor()
    await detail.getByText('确认办结', { exact: true }).click()
    await detail.getByText('已确认办结', { exact: true }).first().waitFor()
    const record = await stored(served.id)
    expect(record).toMatchObject({ status: 'acknowledged', outcome: { result: '已核发营业执照', minutes: 35 } })
    // The emulator's clock runs on from 10:00; the form shows the minute.
    expect(record.acknowledgedAt - Date.parse('2026-10-03T10:00:00+08:00')).toBeLessThan(60_000)

    await env.system.open(page, `/packages/section/pages/form/index?id=${encodeURIComponent(served.id)}`, SECTION)
    const form = topPage(page)
    await form.getByText('申请人：何静').waitFor()
    const [popup] = await Promise.all([page.waitForEvent('popup'), form.getByText('在新窗口打开登记表').click()])
    await popup.getByText('沂源县政务服务中心预约服务登记表').first().waitFor()
    const printed = (await popup.locator('table.record').innerText()).replace(/\s+/g, ' ')
    expect(printed).toContain('办理结果 已核发营业执照')
    expect(printed).toContain('2026年10月3日 09:00 至 09:35')
    expect(printed).toContain('办理时长 35分钟')
    expect(printed).toContain('申请人确认 已于2026年10月3日 10:00在微信小程序确认')
    await popup.close()
  })
})
