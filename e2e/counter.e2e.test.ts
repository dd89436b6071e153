import { topPage, useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'

describe('the window takes a dispatched appointment to confirmed (R9, R10, R11)', () => {
  it('the leader assigns it from the queue, and the staff confirms 09:00 after telling the materials once', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    const citizen = env.system.identity('citizen').openid
    const requested = await env.system.call(
      'booking',
      'appointments.request',
      { requestId: 'counter-e2e-0001', itemIds: ['item-001'], date: '2026-10-02', halfDay: 'am', applicant: { name: '刘洋', phone: '13912345678' } },
      citizen,
    )
    expect(requested.ok).toBe(true)
    const { id, version } = requested.data.appointment
    const dispatched = await env.system.call(
      'section',
      'appointments.dispatch',
      { appointmentId: id, version, requestId: 'counter-e2e-dispatch', leadWindowId: 'win-02' },
      'oEXAMPLE_section_li',
    )
    expect(dispatched.ok).toBe(true)

    await env.system.open(page, '/packages/staff/pages/queue/index', LEADER)
    const queue = topPage(page)
    await queue.getByText('待分配（1）').waitFor()
    await queue.getByText('申请人：刘洋 13912345678').waitFor()
    await queue.getByText('个体工商户设立登记').click()

    await page.waitForURL(/packages\/staff\/pages\/appointment\/index\?id=/)
    const detail = topPage(page)
    await detail.getByText('已派单', { exact: true }).waitFor()
    await detail.getByText('分配工作人员').waitFor()
    await detail.getByText('周萍', { exact: true }).click()
    await detail.getByText('分配', { exact: true }).click()
    await detail.getByText('已分配', { exact: true }).waitFor()
    await detail.getByText('经办人：周萍').waitFor()

    await env.system.open(page, `/packages/staff/pages/appointment/index?id=${encodeURIComponent(id)}`, STAFF)
    const staffView = topPage(page)
    await staffView.getByText('联系申请人并确认').waitFor()
    await staffView.locator('.counter-chip', { hasText: /^9:00$/ }).click()
    await staffView.getByText('确认预约', { exact: true }).click()
    await staffView.getByText('请先一次性告知申请人所需材料，再确认预约').waitFor()
    await staffView.getByText('已一次性告知所需材料').click()
    await staffView.getByText('确认预约', { exact: true }).click()
    await staffView.getByText('已确认', { exact: true }).waitFor()
    await staffView.getByText('约定时间：9:00').waitFor()

    const stored = await env.system.call('booking', 'appointments.get', { appointmentId: id }, STAFF)
    expect(stored.data.appointment).toMatchObject({ status: 'confirmed', agreedTime: '09:00', assignedStaffId: 'staff-scjg-1' })
    expect(stored.data.appointment.contact.materialsToldInFull).toBe(true)
  })
})
