import { startCloud, type Cloud } from '../support/cloud'

/**
 * Complaints by every channel (R20, issue 18 item 7) on the emulator: the
 * section enters one received by phone or from 12345 with the caller's
 * name and phone; a citizen's complaint may leave a phone; closing one says
 * whether it was upheld and, for a call, that the section called back (no
 * SMS yet); an upheld one about a window counts in supervision (R23).
 */
const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_scjg_leader'
const CITIZEN = 'oEXAMPLE_citizen_he'
const NOW = '2026-10-20T10:00:00+08:00'

let cloud: Cloud
let seq = 0
const newRequestId = () => `channel-${Date.now().toString(36)}-${++seq}`
const codeOf = (answer: any) => (answer.ok ? 'ok' : answer.error.code)
const register = (input: Record<string, unknown> = {}, openid = SECTION, requestId = newRequestId()) =>
  cloud.call('section', 'complaints.register', { requestId, channel: '12345', callerName: '王先生', callerPhone: '13912345678', windowId: 'win-02', text: '办理营业执照变更跑了三趟', ...input }, openid)
const resolve = (complaint: any, input: Record<string, unknown>) =>
  cloud.call('section', 'complaints.resolve', { complaintId: complaint.id, version: complaint.version, requestId: newRequestId(), note: '已核实，已对窗口提出整改要求', ...input }, SECTION)

beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock(NOW)
}, 90_000)
afterAll(() => cloud?.close())

describe('complaints by every channel (R20)', () => {
  let taken: any

  it('R20 lets the section enter a 12345 complaint with the caller’s contact, once for a double tap', async () => {
    const requestId = newRequestId()
    const taps = await Promise.all([1, 2].map(() => register({}, SECTION, requestId)))
    expect(taps.map(codeOf)).toEqual(['ok', 'ok'])
    taken = taps[0].data.complaint
    expect(taken).toMatchObject({ channel: '12345', channelText: '12345热线', contact: { name: '王先生', phone: '13912345678' }, windowId: 'win-02', status: 'open' })
    expect(taps[1].data.complaint.id).toBe(taken.id)
    const stored = (await cloud.dump('complaints')).filter((c) => c._id === taken.id)
    expect(stored).toEqual([expect.objectContaining({ registeredBy: 'staff-section', contact: { name: '王先生', phone: '13912345678' } })])
    expect(stored[0].openid).toBeUndefined()
    const list = await cloud.call('section', 'complaints.list', {}, SECTION)
    expect(list.data.items.map((e: any) => e.complaint.id)).toContain(taken.id)
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['a channel of the mini-program', { channel: 'mini-program' }, 'channel'],
    ['no caller phone', { callerPhone: '' }, 'callerPhone'],
    ['a window that does not exist', { windowId: 'win-99' }, 'windowId'],
  ])('R20 refuses to register %s, writing nothing', async (_, input, field) => {
    const before = (await cloud.dump('complaints')).length
    const answer = await register(input)
    expect(codeOf(answer)).toBe('INVALID_INPUT')
    expect(Object.keys(answer.error.fields)).toEqual([field])
    expect((await cloud.dump('complaints')).length).toBe(before)
  })

  it('R20 lets only the section register a complaint', async () => {
    expect(codeOf(await register({}, LEADER))).toBe('FORBIDDEN')
    expect(codeOf(await register({}, CITIZEN))).toBe('FORBIDDEN')
  })

  it('R20 R23 closes a 12345 complaint only once called back; upheld, it counts against the window once', async () => {
    const notCalled = await resolve(taken, { upheld: true })
    expect(codeOf(notCalled)).toBe('INVALID_INPUT')
    expect(Object.keys(notCalled.error.fields)).toEqual(['calledBack'])
    const noVerdict = await resolve(taken, { calledBack: true })
    expect(codeOf(noVerdict)).toBe('INVALID_INPUT')
    expect((await cloud.dump('complaints')).find((c) => c._id === taken.id).status).toBe('open')

    const closed = await resolve(taken, { upheld: true, calledBack: true })
    expect(closed.data.complaint).toMatchObject({ status: 'resolved', resolution: { upheld: true, calledBack: true }, contact: { phone: '139****5678' } })
    const findings = await cloud.dump('supervisionFindings')
    expect(findings).toEqual([expect.objectContaining({ _id: `finding-complaint-${taken.id}`, kind: 'complaint', channel: '12345', windowId: 'win-02', date: '2026-10-20', complaintId: taken.id })])
    const report = await cloud.call('supervision', 'supervision.report', { from: '2026-10-01', to: '2026-10-31' }, SECTION)
    expect(report.data.windows.find((w: any) => w.windowId === 'win-02').counts.upheldComplaints).toBe(1)
    expect(report.data.findings[0]).toMatchObject({ kind: 'complaint', channel: '12345', points: 2 })
  })

  it('R20 closes a phone complaint found not upheld without counting it', async () => {
    const phone = (await register({ channel: 'phone', callerPhone: '0533-3618118' })).data.complaint
    expect(codeOf(await resolve(phone, { upheld: false, calledBack: true }))).toBe('ok')
    expect(await cloud.dump('supervisionFindings')).toHaveLength(1)
  })

  it('R20 lets a citizen leave a phone to be called back, and answers them in 我的投诉 without asking for a call back', async () => {
    const filed = await cloud.call('booking', 'complaints.submit', { requestId: newRequestId(), text: '咨询电话一直占线', contactPhone: '13712345678' }, CITIZEN)
    expect(filed.data.complaint).toMatchObject({ channel: 'mini-program', contact: { phone: '13712345678' } })
    expect(codeOf(await cloud.call('booking', 'complaints.submit', { requestId: newRequestId(), text: 'x', contactPhone: '12' }, CITIZEN))).toBe('INVALID_INPUT')
    expect(codeOf(await resolve(filed.data.complaint, { upheld: false }))).toBe('ok')
    const mine = await cloud.call('booking', 'complaints.mine', {}, CITIZEN)
    expect(mine.data.items[0]).toMatchObject({ status: 'resolved', resolution: { note: '已核实，已对窗口提出整改要求', upheld: false }, contact: { phone: '137****5678' } })
  })
})
