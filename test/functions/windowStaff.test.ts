import { startCloud, type Cloud } from '../support/cloud'

/**
 * `counter` `window.staff` on the emulator (R10): a leader picks whom to
 * assign from their own window's active staff; nobody else may list them,
 * and no OPENID is answered.
 */
let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
}, 60_000)
afterAll(() => cloud?.close())

describe('the staff a leader may assign (R10)', () => {
  it('R10 lists the active staff and leaders of the leader’s own window, leaders first, without OPENIDs', async () => {
    const win02 = await cloud.call('counter', 'window.staff', {}, 'oEXAMPLE_scjg_leader')
    expect(win02).toEqual({
      ok: true,
      data: {
        staff: [
          { id: 'staff-scjg-leader', name: '孙强', leader: true },
          { id: 'staff-scjg-1', name: '周萍', leader: false },
        ],
      },
    })
    const win04 = await cloud.call('counter', 'window.staff', {}, 'oEXAMPLE_rs_leader')
    expect(win04.data.staff.map((s: { id: string }) => s.id)).toEqual(['staff-rs-leader', 'staff-rs-1'])
    expect(JSON.stringify(win04)).not.toContain('oEXAMPLE')
  })

  it('refuses staff who are not leaders, other roles and citizens', async () => {
    for (const openid of ['oEXAMPLE_scjg_staff', 'oEXAMPLE_section_li', 'oEXAMPLE_citizen_zhang']) {
      expect(await cloud.call('counter', 'window.staff', {}, openid)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })

  it('ignores any attempt to name another window', async () => {
    const answer = await cloud.call('counter', 'window.staff', { windowId: 'win-04' }, 'oEXAMPLE_scjg_leader')
    expect(answer.ok ? answer.data.staff.map((s: { id: string }) => s.id) : answer.error.code).not.toContain('staff-rs-1')
  })
})
