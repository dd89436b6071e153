import { appointmentIn, BEFORE_DEADLINE, HOLIDAY, newRequestId, startService, WHO, type Fixture } from './support/appointmentFixtures'
import { changesBetween, codeOf, startReliabilityCloud, type ReliabilityCloud } from './support/reliabilityCloud'

/**
 * Issue 13, the findings of trying the system as an attacker through the dev gateway
 * (items 4, 5, 6, 9, 12), each replayed through the emulator and the real functions: what
 * was possible is refused (or recorded as it happened), and a refusal writes nothing.
 */
let cloud: ReliabilityCloud
beforeAll(async () => {
  cloud = await startReliabilityCloud()
  await cloud.setClock(BEFORE_DEADLINE)
})
afterAll(() => cloud?.close())

const MINUTE = 60_000
const ref = (f: Fixture) => ({ appointmentId: f.id, version: f.version, requestId: newRequestId('sec') })
const stored = async (collection: string, id: string) => (await cloud.dump(collection)).find((d) => d._id === id)

/** The answer and whether the database changed at all while it was given. */
async function callWatched(fn: string, action: string, input: unknown, openid: string): Promise<{ answer: any; wrote: string[] }> {
  const before = cloud.fingerprint()
  const answer = await cloud.call(fn, action, input, openid)
  return { answer, wrote: changesBetween(before, cloud.fingerprint()) }
}

describe('item 6: a step on an appointment one may not see answers as for an unknown id', () => {
  const UNKNOWN = { ok: false, error: { code: 'NOT_FOUND', message: '没有找到相关记录' } }

  it('the desk cannot cancel a citizen’s own appointment, whatever version or state it names, and learns nothing', async () => {
    const f = await appointmentIn(cloud, 'dispatched')
    const unknown = await cloud.call('booking', 'appointments.cancel', { ...ref(f), appointmentId: 'apt-000000000000000000000000', reason: '行程有变' }, WHO.desk)
    expect(unknown).toEqual(UNKNOWN)
    for (const version of [f.version, f.version + 5]) {
      const { answer, wrote } = await callWatched('booking', 'appointments.cancel', { ...ref(f), version, reason: '行程有变' }, WHO.desk)
      expect({ answer, wrote }).toEqual({ answer: UNKNOWN, wrote: [] })
    }
    expect(await stored('appointments', f.id)).toMatchObject({ status: 'dispatched', version: f.version })
  })

  it('another window’s leader and an admin get NOT_FOUND for cancel and acknowledge, never CONFLICT or INVALID_TRANSITION', async () => {
    const f = await appointmentIn(cloud, 'assigned')
    for (const openid of [WHO.otherLeader, WHO.otherStaff, WHO.admin]) {
      for (const [action, extra] of [['appointments.cancel', { reason: '行程有变' }], ['appointments.acknowledge', {}]] as const) {
        const { answer, wrote } = await callWatched('booking', action, { ...ref(f), version: 99, ...extra }, openid)
        expect({ openid, action, answer, wrote }).toEqual({ openid, action, answer: UNKNOWN, wrote: [] })
      }
    }
  })
})

describe('item 9: a desk registration is the desk member’s step, on the record and on the form', () => {
  it('records the desk member in the timeline and prints their name as the operator, not 申请人', async () => {
    const made = await cloud.call(
      'booking',
      'appointments.request',
      { requestId: newRequestId('desk'), itemIds: ['item-001'], date: HOLIDAY, halfDay: 'am', channel: 'desk', applicant: { name: '王大爷', phone: '13600001234' } },
      WHO.desk,
    )
    expect(codeOf(made)).toBe('ok')
    const doc = await stored('appointments', made.data.appointment.id)
    expect(doc.timeline).toEqual([expect.objectContaining({ by: 'staff-desk', byRole: 'desk', event: 'request' })])
    const form = await cloud.call('section', 'records.form', { appointmentId: doc._id }, WHO.section)
    expect(form.data.html).toMatch(/<tr><td>[^<]*<\/td><td>赵晓<\/td><td>提交预约<\/td>/)
    expect(form.data.html).not.toMatch(/<tr><td>[^<]*<\/td><td>申请人<\/td><td>提交预约<\/td>/)
  })
})

describe('item 12: leave request ids are the requester’s own', () => {
  it('two colleagues sending the same requestId each get their own request, not CONFLICT', async () => {
    for (const staffId of ['staff-rs-1', 'staff-rs-leader']) {
      await cloud.insert('timeBankEntries', { _id: `tb-sec-${staffId}`, staffId, windowId: 'win-04', minutes: 600, source: { type: 'duty', id: `sec-${staffId}` }, at: Date.parse('2026-09-19T12:00:00+08:00'), by: 'system', note: '周末值班' })
    }
    const requestId = newRequestId('leave')
    const leave = (openid: string, start: string, coverStaffId: string) =>
      cloud.call('counter', 'leave.request', { requestId, date: '2026-10-12', start, hours: 1, coverStaffId, reason: '家中有事' }, openid)
    const first = await leave(WHO.otherStaff, '09:00', 'staff-rs-leader')
    const second = await leave(WHO.otherLeader, '14:00', 'staff-rs-1')
    expect([codeOf(first), codeOf(second)]).toEqual(['ok', 'ok'])
    expect(second.data.leave).toMatchObject({ staffId: 'staff-rs-leader', start: '14:00' })
    expect(second.data.leave.id).not.toBe(first.data.leave.id)
    const again = await leave(WHO.otherStaff, '09:00', 'staff-rs-leader')
    expect(again.data).toMatchObject({ created: false, leave: { id: first.data.leave.id } })
  })
})

describe('item 5: there is always an admin', () => {
  /** A new admin record bound to a new OPENID through an invite (staff.invite, staff.redeem), made by `by`. */
  async function newAdmin(by: string, n: number): Promise<{ id: string; openid: string }> {
    const made = await cloud.call('admin', 'staff.upsert', { name: `管理员${n}`, roles: ['admin'] }, by)
    const { code } = (await cloud.call('admin', 'staff.invite', { staffId: made.data.staff.id }, by)).data
    const openid = `oREL_admin_${n}_${Date.now().toString(36)}`
    expect(codeOf(await cloud.call('catalog', 'staff.redeem', { code }, openid))).toBe('ok')
    return { id: made.data.staff.id, openid }
  }
  const activeAdmins = async () => (await cloud.dump('staff')).filter((s) => s.active && s.roles.includes('admin')).map((s) => s._id)
  const demote = async (target: string, by: string) => {
    const record = await stored('staff', target)
    return cloud.call('admin', 'staff.upsert', { id: target, name: record.name, roles: ['section'], version: record.version }, by)
  }

  it('refuses an admin demoting themselves, and writes nothing', async () => {
    const { answer, wrote } = await callWatched('admin', 'staff.upsert', { id: 'staff-admin', name: '王敏', roles: ['section'], version: (await stored('staff', 'staff-admin')).version }, WHO.admin)
    expect({ code: codeOf(answer), wrote }).toEqual({ code: 'CONFLICT', wrote: [] })
    expect((await stored('staff', 'staff-admin')).roles).toEqual(['admin'])
  })

  it('two last admins demoting or revoking each other at once: one wins, one admin is always left', async () => {
    let admin = { id: 'staff-admin', openid: WHO.admin as string }
    const seen: string[] = []
    for (let round = 1; round <= 6; round++) {
      const other = await newAdmin(admin.openid, round)
      expect(await activeAdmins()).toEqual(expect.arrayContaining([admin.id, other.id]))
      expect((await activeAdmins()).length).toBe(2)
      const revokes = round % 2 === 0
      const [a, b] = await Promise.all([
        revokes ? cloud.call('admin', 'staff.revoke', { staffId: other.id }, admin.openid) : demote(other.id, admin.openid),
        demote(admin.id, other.openid),
      ])
      // The loser is refused by the count (CONFLICT) or, if the winner committed before its call
      // read its roles, is no longer an admin at all (FORBIDDEN); either way nothing of it is saved.
      const codes = [codeOf(a), codeOf(b)].sort()
      seen.push(codes.join('/'))
      expect({ round, codes }).toEqual({ round, codes: [expect.stringMatching(/^(CONFLICT|FORBIDDEN)$/), 'ok'] })
      const left = await activeAdmins()
      expect({ round, left: left.length }).toEqual({ round, left: 1 })
      admin = left[0] === admin.id ? admin : other
    }
    console.log(`[item 5] answers per round: ${seen.join(' ')}`)
  }, 60_000)
})

describe('item 4: time-bank credit only for the time the record shows, or with a reason', () => {
  it('asks for a reason for a start 205 minutes before the recorded one, credits nothing until given, then keeps it for the section', async () => {
    const f = await appointmentIn(cloud, 'confirmed')
    await cloud.setClock(`${HOLIDAY}T09:45:00+08:00`)
    await startService(cloud, f)
    const recorded = (await stored('appointments', f.id)).startedAt
    const complete = (extra: object) => callWatched('counter', 'appointments.complete', { ...ref(f), result: '已办结', ...extra }, WHO.staff)

    const madeUp = await complete({ startedAt: recorded - 205 * MINUTE })
    expect(codeOf(madeUp.answer)).toBe('REASON_REQUIRED')
    expect(madeUp.answer.error.fields.reason).toMatch(/^开始时间06:\d\d比系统记录的09:45早205分钟，请填写原因$/)
    expect(madeUp.wrote).toEqual([])

    const yesterday = await complete({ startedAt: Date.parse(`2026-10-01T15:00:00+08:00`), reason: '补录' })
    expect({ code: codeOf(yesterday.answer), field: Object.keys(yesterday.answer.error.fields), wrote: yesterday.wrote }).toEqual({ code: 'INVALID_INPUT', field: ['startedAt'], wrote: [] })
    expect((await cloud.dump('timeBankEntries')).filter((e) => e.source.id === f.id)).toEqual([])

    const explained = await complete({ startedAt: recorded - 205 * MINUTE, reason: '申请人提前到达，先行受理' })
    expect(codeOf(explained.answer)).toBe('ok')
    expect((await stored('appointments', f.id)).deviations).toEqual([
      expect.objectContaining({ kind: 'earlyStart', expected: recorded, entered: recorded - 205 * MINUTE, reason: '申请人提前到达，先行受理', by: 'staff-scjg-1' }),
    ])
    const form = await cloud.call('section', 'records.form', { appointmentId: f.id }, WHO.section)
    expect(form.data.html).toContain('例外说明')
    expect(form.data.html).toContain('申请人提前到达，先行受理')
  })
})
