import { appointmentIn, BEFORE_DEADLINE, newCitizen, newRequestId, WHO } from './support/appointmentFixtures'
import { codeOf, startReliabilityCloud, type ReliabilityCloud } from './support/reliabilityCloud'

/**
 * Issue 13, as an attacker tried it through the dev gateway: complaint flooding (item 2;
 * the lists that page are in everyListPages*.test.ts), guessing invite codes (item 7),
 * invisible characters in free text (item 8), the year 9999 (item 10), each fired at the
 * real functions on the emulator.
 */

describe('the attacks of issue 13', () => {
  let cloud: ReliabilityCloud
  beforeAll(async () => {
    cloud = await startReliabilityCloud()
    await cloud.setClock(BEFORE_DEADLINE)
  })
  afterAll(() => cloud?.close())

  it('item 2: 200 complaints sent at once by one account file complaintsPerDay (5), the rest LIMIT_REACHED', async () => {
    const flooder = newCitizen()
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => cloud.call('booking', 'complaints.submit', { requestId: newRequestId(), text: `刷屏${i}` }, flooder)))
    const codes = answers.map(codeOf)
    expect(codes.filter((c) => c === 'ok')).toHaveLength(5)
    expect(codes.filter((c) => c !== 'ok' && c !== 'LIMIT_REACHED')).toEqual([])
    expect((await cloud.dump('complaints')).filter((c) => c.openid === flooder)).toHaveLength(5)
    expect(codeOf(await cloud.call('booking', 'complaints.submit', { requestId: newRequestId(), text: '真实的投诉' }, newCitizen()))).toBe('ok')
  })

  it('item 7: 300 wrong invite codes at once from one account check at most 5; another account still redeems', async () => {
    const guesser = newCitizen()
    const guesses = Array.from({ length: 300 }, (_, i) => `ABCD${String(2000 + i).replace(/[01]/g, '9')}`.slice(0, 8))
    const answers = await Promise.all(guesses.map((code) => cloud.call('catalog', 'staff.redeem', { code }, guesser)))
    const codes = answers.map(codeOf)
    expect(codes.filter((c) => c === 'NOT_FOUND').length).toBeLessThanOrEqual(5)
    expect(codes.filter((c) => c !== 'NOT_FOUND' && c !== 'LIMIT_REACHED')).toEqual([])
    const later = await cloud.call('catalog', 'staff.redeem', { code: 'ABCDEFGH' }, guesser)
    expect(later.error).toMatchObject({ code: 'LIMIT_REACHED', message: expect.stringContaining('邀请码输错次数过多') })
    const staff = (await cloud.call('admin', 'staff.upsert', { name: '新同事', roles: ['staff'], windowId: 'win-02' }, WHO.admin)).data.staff
    const { code } = (await cloud.call('admin', 'staff.invite', { staffId: staff.id }, WHO.admin)).data
    expect(codeOf(await cloud.call('catalog', 'staff.redeem', { code }, newCitizen()))).toBe('ok')
  })

  it.each([
    ['a right-to-left override', '\u202e'],
    ['a zero-width space', '\u200b'],
    ['an escape sequence', '\u001b[2J'],
    ['NUL', '\u0000'],
  ])('item 8: refuses %s in an appointment note and a cancellation reason, naming the field, writing nothing', async (_what, bad) => {
    const owner = newCitizen()
    const before = cloud.stamp()
    const request = { requestId: newRequestId(), itemIds: ['item-001'], date: '2026-10-02', halfDay: 'am', applicant: { name: '李四', phone: '13912345678' }, note: `带轮椅${bad}` }
    const refused = await cloud.call('booking', 'appointments.request', request, owner)
    expect(refused.error).toMatchObject({ code: 'INVALID_INPUT', fields: { note: '备注含有表情或无法识别的字符，请只填写文字' } })
    expect(cloud.stamp()).toBe(before)
    const made = await appointmentIn(cloud, 'submitted')
    const stamp = cloud.stamp()
    const cancel = await cloud.call('booking', 'appointments.cancel', { appointmentId: made.id, version: made.version, requestId: newRequestId(), reason: `有事${bad}` }, made.owner)
    expect(cancel.error).toMatchObject({ code: 'INVALID_INPUT', fields: { reason: '取消原因含有表情或无法识别的字符，请只填写文字' } })
    expect(cloud.stamp()).toBe(stamp)
  })

  it('item 10: the year 9999 is bad input, not INTERNAL, for anyone and for the section', async () => {
    const range = await cloud.call('catalog', 'calendar.range', { from: '9999-12-31', to: '9999-12-31' })
    expect(range.error).toMatchObject({ code: 'INVALID_INPUT', fields: { from: '日期须在2000年至2100年之间' } })
    const report = await cloud.call('supervision', 'supervision.report', { from: '9999-01-01', to: '9999-12-31' }, WHO.section)
    expect(report.error).toMatchObject({ code: 'INVALID_INPUT', fields: { from: '统计日期须在2000年至2100年之间' } })
  })
})
