import { topPage, useSystemAndBrowser } from './support/setup'
import { pickDate, pickTime } from './support/picker'

const env = useSystemAndBrowser()

const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_rs_leader'
const STAFF = 'oEXAMPLE_rs_staff'

/**
 * Issue 7 end to end, in the H5 build on the emulator's clock: 郑丽 of
 * window 4 serves a holiday appointment (R19), is put on weekend duty by
 * the section (R2, R22), checks in and out (R21), sees the hours in her
 * time bank, asks for compensatory leave with 吴刚 covering, and 吴刚, the
 * window leader, approves it: the balance drops (R24).
 */
describe('weekend duty and the time bank (R2, R19, R21, R22, R24)', () => {
  it('earns hours on a holiday appointment and a weekend shift, and spends them on approved leave', async () => {
    const { page } = env.browser
    const { call, setClock } = env.system

    // A holiday appointment up to in_service through the API, completed 09:00–09:40 (40 minutes).
    await setClock('2026-09-28T10:00:00+08:00')
    const citizen = env.system.identity('citizen').openid
    const requested = await call(
      'booking',
      'appointments.request',
      { requestId: 'timebank-e2e-0001', itemIds: ['item-006'], date: '2026-10-02', halfDay: 'am', applicant: { name: '刘洋', phone: '13912345678' } },
      citizen,
    )
    const id = requested.data.appointment.id
    let version = requested.data.appointment.version
    const stepOk = async (fn: string, action: string, openid: string, payload: Record<string, unknown>) => {
      const answer = await call(fn, action, { appointmentId: id, version, requestId: `timebank-e2e-${action.replace('.', '-')}`, ...payload }, openid)
      expect(answer.ok).toBe(true)
      version = answer.data.appointment.version
    }
    await stepOk('section', 'appointments.dispatch', SECTION, { leadWindowId: 'win-04' })
    await stepOk('counter', 'appointments.assign', LEADER, { staffId: 'staff-rs-1' })
    await stepOk('counter', 'appointments.confirm', STAFF, { agreedTime: '09:00', contact: { note: '已告知', materialsToldInFull: true } })
    await setClock('2026-10-02T09:45:00+08:00')
    await stepOk('counter', 'appointments.start', STAFF, {})
    await stepOk('counter', 'appointments.complete', STAFF, {
      result: '已办结',
      startedAt: Date.parse('2026-10-02T09:00:00+08:00'),
      endedAt: Date.parse('2026-10-02T09:40:00+08:00'),
      // started in the app at 09:45: the earlier start needs its reason (issue 13, item 4)
      reason: '申请人提前到达，先行受理',
    })

    // The section puts 郑丽 on the morning of Saturday 17 October.
    await setClock('2026-10-12T09:00:00+08:00')
    await env.system.open(page, '/packages/section/pages/duty/index', SECTION)
    const roster = topPage(page)
    const saturday = roster.locator('.duty-day', { hasText: '10月17日 周六' })
    const window4 = saturday.locator('.duty-grid__row', { hasText: '4号 社保业务' })
    await window4.locator('.duty-cell').first().getByText('点此安排').click()
    const panel = saturday.locator('.duty-panel')
    await panel.getByText('10月17日 上午 08:30–12:00 · 4号窗口 社保业务').waitFor()
    await panel.getByText('+ 郑丽').click()
    await window4.getByText('缺带班').waitFor()
    await panel.getByText('+ 吴刚（带班）').click()
    await window4.getByText('吴刚（带班）').waitFor()
    await expectGone(window4.getByText('缺带班'))

    // On the day she checks in before 08:30 and out at noon: 08:30–12:00 is 210 minutes.
    await setClock('2026-10-17T08:25:00+08:00')
    await env.system.open(page, '/packages/staff/pages/duty/index', STAFF)
    const duty = topPage(page)
    await duty.getByText('10月17日 周六 上午 08:30–12:00').waitFor()
    await duty.getByText('签到', { exact: true }).click()
    await duty.getByText(/^签到 08:2\d$/).waitFor()
    await setClock('2026-10-17T12:00:00+08:00')
    await env.system.open(page, '/packages/staff/pages/duty/index', STAFF)
    const later = topPage(page)
    await later.getByText('签退', { exact: true }).click()
    await later.getByText(/签退 12:0\d/).waitFor()

    // 时间银行: 40 + 210 minutes; she asks for 2 hours on Monday with 吴刚 covering.
    await setClock('2026-10-17T18:00:00+08:00')
    await env.system.open(page, '/packages/staff/pages/timebank/index', STAFF)
    const bank = topPage(page)
    await bank.getByText('余额：4小时10分钟').waitFor()
    await bank.getByText('周末值班：2026年10月17日上午周末值班', { exact: false }).waitFor()
    await bank.getByText('节假日预约服务：节假日预约办结', { exact: false }).waitFor()
    await pickDate(page, bank.locator('.leave-date'), '2026-10-19')
    await pickTime(page, bank.locator('.leave-end'), '10:30')
    await bank.locator('.chip', { hasText: '吴刚' }).click()
    await bank.locator('input[placeholder="如 家中有事"]').fill('孩子开家长会')
    await bank.getByText('提交调休申请').click()
    await bank.getByText('已提交，等待窗口负责人审批。').waitFor()
    await bank.getByText('待审批', { exact: true }).waitFor()

    // 吴刚 approves in his own 时间银行.
    await env.system.open(page, '/packages/staff/pages/timebank/index', LEADER)
    const leader = topPage(page)
    await leader.getByText('待我审批（1）').waitFor()
    await leader.getByText(/郑丽 · 10月19日 08:30–10:30（2小时）/).waitFor()
    await leader.getByText('批准', { exact: true }).click()
    await expectGone(leader.getByText('待我审批（1）'))

    await env.system.open(page, '/packages/staff/pages/timebank/index', STAFF)
    const after = topPage(page)
    await after.getByText('余额：2小时10分钟').waitFor()
    await after.getByText('已批准', { exact: true }).waitFor()
    await after.getByText('−2小时').waitFor()
    const mine = await call('counter', 'timebank.mine', {}, STAFF)
    expect(mine.data).toMatchObject({ balance: 130, available: 130 })
  })
})

async function expectGone(locator: { waitFor(options: { state: 'detached' }): Promise<void> }) {
  await locator.waitFor({ state: 'detached' })
}
