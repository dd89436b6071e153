import { startCloud, type Cloud } from '../support/cloud'

/**
 * The section completes supervision (R23, issue 18 item 6) on the emulator:
 * it records buck-passing, an inspection and an upheld complaint from 12345
 * against a window; each counts in the report of its period under the
 * points table, and appears in its list of findings and in the CSV.
 */
const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_scjg_leader'
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' }

let cloud: Cloud
let seq = 0
const newRequestId = () => `finding-${Date.now().toString(36)}-${++seq}`
const codeOf = (answer: any) => (answer.ok ? 'ok' : answer.error.code)
const record = (input: Record<string, unknown>, openid = SECTION, requestId = newRequestId()) =>
  cloud.call('supervision', 'supervision.recordFinding', { requestId, kind: 'inspection', windowId: 'win-02', date: '2026-10-12', evidence: '上午10:05检查，窗口无人在岗，10:20返回', ...input }, openid)
const win02 = (report: any) => report.windows.find((w: any) => w.windowId === 'win-02')

beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock('2026-10-20T10:00:00+08:00')
}, 90_000)
afterAll(() => cloud?.close())

describe('the section’s findings (R23)', () => {
  it('R23 records an inspection, buck-passing and a 12345 complaint once each, and the report counts them with their points', async () => {
    const before = await cloud.call('supervision', 'supervision.report', OCTOBER, SECTION)
    const requestId = newRequestId()
    const taps = await Promise.all([1, 2].map(() => record({}, SECTION, requestId)))
    expect(taps.map(codeOf)).toEqual(['ok', 'ok'])
    expect(taps[1].data.finding.id).toBe(taps[0].data.finding.id)
    expect(codeOf(await record({ kind: 'buckPassing', date: '2026-10-13', evidence: '群众反映被告知“不归我们管”，未指引到应办窗口' }))).toBe('ok')
    const complaint = await record({ kind: 'complaint', channel: '12345', date: '2026-10-14', evidence: '12345工单：办理营业执照变更时被要求重复提交材料，经核实属实' })
    expect(complaint.data.finding).toMatchObject({ kind: 'complaint', channel: '12345', recordedBy: 'staff-section' })
    expect(await cloud.dump('supervisionFindings')).toHaveLength(3)

    const after = await cloud.call('supervision', 'supervision.report', OCTOBER, SECTION)
    expect(win02(after.data).counts).toMatchObject({ inspectionFindings: 1, buckPassing: 1, upheldComplaints: 1 })
    expect(win02(after.data).pointsDeducted - win02(before.data).pointsDeducted).toBe(2 + 3 + 2)
    expect(after.data.findings.map((f: any) => [f.date, f.kind, f.windowName, f.points])).toEqual([
      ['2026-10-14', 'complaint', '2号窗口（市场主体登记）', 2],
      ['2026-10-13', 'buckPassing', '2号窗口（市场主体登记）', 3],
      ['2026-10-12', 'inspection', '2号窗口（市场主体登记）', 2],
    ])
    const other = await cloud.call('supervision', 'supervision.report', { ...OCTOBER, windowId: 'win-04' }, SECTION)
    expect(other.data.findings).toEqual([])
    const september = await cloud.call('supervision', 'supervision.report', { from: '2026-09-01', to: '2026-09-30' }, SECTION)
    expect(september.data.findings).toEqual([])
  })

  it('R23 writes the findings into the CSV export', async () => {
    const csv = await cloud.call('supervision', 'supervision.report', { ...OCTOBER, format: 'csv' }, SECTION)
    expect(csv.data.csv).toContain('督查记录,窗口,类别,来源,事实与依据,扣分')
    expect(csv.data.csv).toContain('投诉属实,12345热线,12345工单')
    expect(csv.data.csv).toContain('推诿扯皮')
  })

  it.each<[string, Record<string, unknown>, string, string | undefined]>([
    ['a day after today', { date: '2026-10-21' }, 'INVALID_INPUT', 'date'],
    ['a window that does not exist', { windowId: 'win-99' }, 'INVALID_INPUT', 'windowId'],
    ['a complaint without its channel', { kind: 'complaint' }, 'INVALID_INPUT', 'channel'],
    ['no evidence', { evidence: '' }, 'INVALID_INPUT', 'evidence'],
  ])('R23 refuses %s with a message and writes nothing', async (_, input, code, field) => {
    const answer = await record(input)
    expect(codeOf(answer)).toBe(code)
    if (field) expect(Object.keys(answer.error.fields)).toEqual([field])
    expect(answer.error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await cloud.dump('supervisionFindings')).toHaveLength(3)
  })

  it('R23 lets only the section record findings', async () => {
    expect(codeOf(await record({}, LEADER))).toBe('FORBIDDEN')
    expect(codeOf(await record({}, 'oTEST_citizen'))).toBe('FORBIDDEN')
    expect(await cloud.dump('supervisionFindings')).toHaveLength(3)
  })
})
