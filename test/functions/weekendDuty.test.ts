import { startCloud, type Cloud } from '../support/cloud'

/**
 * The weekend at scale on the emulator (issue 16 item 12, issue 18 item 5): a
 * window with walk-in items and nobody of its own is covered by a colleague
 * of its department or closed for the day by the section with its reason, and
 * supervision follows that decision (R21, R22, R23); citizens see which items
 * they can handle where this weekend (R2); staff on duty log walk-in services
 * and supervision shows the volume per window.
 */
const SECTION = 'oEXAMPLE_section_li'
const RS_LEADER = 'oEXAMPLE_rs_leader'
const RS_STAFF = 'oEXAMPLE_rs_staff'
const SCJG_STAFF = 'oEXAMPLE_scjg_staff'
const CITIZEN = 'oEXAMPLE_citizen_zhang'
const MONDAY = '2026-10-12T10:00:00+08:00'
const SATURDAY = '2026-10-17'
const SUNDAY = '2026-10-18'

let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock(MONDAY)
}, 60_000)
afterAll(() => cloud?.close())

const codeOf = (answer: any) => (answer.ok ? 'ok' : answer.error.code)
const schedule = (input: Record<string, unknown>, openid = SECTION) => cloud.call('supervision', 'duty.schedule', { date: SATURDAY, half: 'am', ...input }, openid)
const close = (input: Record<string, unknown>, openid = SECTION) => cloud.call('supervision', 'duty.close', { date: SATURDAY, windowId: 'win-03', reason: '窗口两名人员均外出培训', ...input }, openid)
const roster = () => cloud.call('supervision', 'duty.roster', { from: MONDAY.slice(0, 10), to: SUNDAY }, SECTION)
const written = async () => Promise.all(['dutyShifts', 'dutyClosures', 'walkInServices'].map((c) => cloud.dump(c).then((d) => d.length)))

async function callCounted(fn: string, action: string, input: unknown, openid?: string) {
  const res = await fetch(`${cloud.url}/__dev/call/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
    body: JSON.stringify({ action, input }),
  })
  return { body: await res.json(), dbRequests: Number(res.headers.get('x-db-requests')) }
}

describe('cover from another window of the department (R21, R22)', () => {
  it('R21 shows window 5 (就业创业, walk-in items, no staff of its own) as a gap, with its department for cover', async () => {
    const answer = await roster()
    const win05 = answer.data.windows.find((w: any) => w.id === 'win-05')
    expect(win05).toMatchObject({ departmentId: 'dept-rs', servesWalkIn: true, staff: [] })
    expect(answer.data.gaps.filter((g: any) => g.windowId === 'win-05')).toHaveLength(4)
  })

  it('R21 lets the section roster staff of window 4 for window 5, recording where they come from', async () => {
    const answer = await schedule({ windowId: 'win-05', staffId: 'staff-rs-1' })
    expect(codeOf(answer)).toBe('ok')
    expect(answer.data.shift).toMatchObject({ windowId: 'win-05', staffId: 'staff-rs-1', coversFromWindowId: 'win-04', leads: false })
    expect(codeOf(await schedule({ windowId: 'win-05', staffId: 'staff-rs-leader', half: 'pm', leads: true }))).toBe('ok')
    const after = await roster()
    expect(after.data.gaps.filter((g: any) => g.windowId === 'win-05' && g.date === SATURDAY).map((g: any) => `${g.half} ${g.missing}`)).toEqual(['am noLeader'])
  })

  it('R21 refuses staff of another department, and a leader scheduling a window not their own, writing nothing', async () => {
    const before = await written()
    const other = await schedule({ windowId: 'win-05', staffId: 'staff-scjg-1', half: 'pm' })
    expect(codeOf(other)).toBe('INVALID_INPUT')
    expect(other.error.fields.staffId).toBe('只能安排本窗口或同一部门其他窗口的在岗工作人员')
    expect(codeOf(await schedule({ windowId: 'win-05', staffId: 'staff-rs-1', date: SUNDAY }, RS_LEADER))).toBe('FORBIDDEN')
    expect(codeOf(await schedule({ windowId: 'win-99', staffId: 'staff-rs-1', date: SUNDAY }))).toBe('NOT_FOUND')
    expect(await written()).toEqual(before)
  })
})

describe('a day closed for a window by the section (R21, R23)', () => {
  it('R23 closes window 3 on Saturday with the reason: no gap that day, the closure on the roster', async () => {
    const answer = await close({})
    expect(codeOf(answer)).toBe('ok')
    expect(answer.data.closure).toMatchObject({ id: `closed-${SATURDAY}-win-03`, windowId: 'win-03', reason: '窗口两名人员均外出培训', closedBy: '李静' })
    expect(codeOf(await close({}))).toBe('ok') // a double tap is the same record
    const after = await roster()
    expect(after.data.closures).toEqual([expect.objectContaining({ date: SATURDAY, windowId: 'win-03' })])
    expect(after.data.gaps.filter((g: any) => g.windowId === 'win-03').map((g: any) => g.date)).toEqual([SUNDAY, SUNDAY])
    expect((await cloud.dump('dutyClosures')).filter((c) => c.windowId === 'win-03')).toHaveLength(1)
  })

  it.each([
    ['a closed day takes no shift', () => schedule({ windowId: 'win-03', staffId: 'staff-scjg-1' }), 'INVALID_TRANSITION', /恢复开放/],
    ['a day someone is rostered for cannot be closed', () => close({ windowId: 'win-05' }), 'INVALID_TRANSITION', /已有人值班/],
    ['a leader cannot waive duty', () => close({ date: SUNDAY }, RS_LEADER), 'FORBIDDEN', /./],
    ['window staff cannot either', () => close({ date: SUNDAY }, SCJG_STAFF), 'FORBIDDEN', /./],
    ['an empty reason', () => close({ date: SUNDAY, reason: '  ' }), 'INVALID_INPUT', /请填写不开放原因/],
    ['a working day', () => close({ date: '2026-10-14' }), 'INVALID_INPUT', /周末无休日/],
    ['a day already past', () => close({ date: '2026-10-11' }), 'INVALID_INPUT', /已经过去/],
    ['an unknown window', () => close({ date: SUNDAY, windowId: 'win-99' }), 'NOT_FOUND', /./],
  ])('refuses: %s, writing nothing', async (_case, call, code, message) => {
    const before = await written()
    const answer = await call()
    expect(codeOf(answer)).toBe(code)
    expect(answer.error.message).toMatch(message)
    expect(await written()).toEqual(before)
  })

  it('R21 reopens a closed day, which is a gap again, and closes it again', async () => {
    await close({ date: SUNDAY, reason: '临时停电检修' })
    expect(codeOf(await cloud.call('supervision', 'duty.reopen', { date: SUNDAY, windowId: 'win-03' }, RS_LEADER))).toBe('FORBIDDEN')
    expect(codeOf(await cloud.call('supervision', 'duty.reopen', { date: SUNDAY, windowId: 'win-03' }, SECTION))).toBe('ok')
    expect(codeOf(await cloud.call('supervision', 'duty.reopen', { date: SUNDAY, windowId: 'win-03' }, SECTION))).toBe('NOT_FOUND')
    expect((await roster()).data.gaps.filter((g: any) => g.windowId === 'win-03' && g.date === SUNDAY)).toHaveLength(2)
  })
})

describe('a close and a schedule of one window-day at the same instant (R23)', () => {
  const ROUNDS = ['2026-10-24', '2026-10-25', '2026-10-31', '2026-11-01'].flatMap((date) => [
    { date, windowId: 'win-02', staffId: 'staff-scjg-1' },
    { date, windowId: 'win-04', staffId: 'staff-rs-1' },
  ])

  it.each(ROUNDS)('R23 never lets both succeed: $windowId on $date', async ({ date, windowId, staffId }) => {
    const answers = await Promise.all([close({ date, windowId, reason: '人员外出培训' }), schedule({ date, windowId, staffId })])
    const ok = answers.filter((a) => a.ok)
    expect(ok.length).toBeLessThanOrEqual(1)
    for (const refused of answers.filter((a) => !a.ok)) {
      expect(['INVALID_TRANSITION', 'CONFLICT']).toContain(refused.error.code)
      expect(refused.error.message).toMatch(/^[\u4e00-\u9fa5，；、“”（）0-9]+$/)
    }
    const closed = (await cloud.dump('dutyClosures')).filter((c) => c.date === date && c.windowId === windowId)
    const shifts = (await cloud.dump('dutyShifts')).filter((s) => s.date === date && s.windowId === windowId)
    expect(closed.length > 0 && shifts.length > 0).toBe(false)
  })
})

describe("a citizen's weekend walk-in view (R2, R21)", () => {
  it('R2 lists, for anyone, the windows on duty this weekend with their walk-in items; closed and unstaffed windows are not shown', async () => {
    for (const openid of [CITIZEN, undefined]) {
      const answer = await cloud.call('catalog', 'weekend.walkIn', {}, openid)
      expect(codeOf(answer)).toBe('ok')
      expect(answer.data.days.map((d: any) => d.date)).toEqual([SATURDAY, SUNDAY])
      const saturday = answer.data.days[0]
      expect(saturday.windows.map((w: any) => w.id)).toEqual(['win-05'])
      expect(saturday.windows[0]).toMatchObject({ number: '5', name: '就业创业', halves: ['am', 'pm'] })
      expect(saturday.windows[0].items.map((i: any) => i.name)).toContain('就业创业证申领')
      expect(JSON.stringify(answer.data)).not.toMatch(/郑丽|吴刚|staff-/)
      expect(answer.data.days[1].windows).toEqual([])
    }
  })
})

describe('the walk-in log on duty (R2, R21)', () => {
  const shiftId = `duty-${SATURDAY}-am-staff-rs-1`
  const log = (input: Record<string, unknown>, openid = RS_STAFF) =>
    cloud.call('counter', 'walkIn.log', { requestId: 'walkin-req-0001', shiftId, itemId: 'item-008', count: 2, assisted: true, ...input }, openid)

  it('R21 refuses a log before the day and before the check-in, writing nothing', async () => {
    const before = await written()
    expect(codeOf(await log({}))).toBe('TOO_EARLY')
    await cloud.setClock(`${SATURDAY}T08:20:00+08:00`)
    const notIn = await log({})
    expect([codeOf(notIn), notIn.error.message]).toEqual(['INVALID_TRANSITION', '请先签到，再登记办件'])
    expect(await written()).toEqual(before)
  })

  it('R2 shows the staff member on duty the window they cover and its walk-in items', async () => {
    expect(codeOf(await cloud.call('counter', 'duty.checkIn', { shiftId }, RS_STAFF))).toBe('ok')
    const today = await cloud.call('counter', 'walkIn.today', {}, RS_STAFF)
    expect(codeOf(today)).toBe('ok')
    expect(today.data.shifts.map((s: any) => s.id)).toEqual([shiftId])
    expect(today.data.windows).toEqual([
      { id: 'win-05', number: '5', name: '就业创业', items: expect.arrayContaining([{ id: 'item-008', name: '就业创业证申领' }, { id: 'item-006', name: '社会保障卡申领与补换' }]) },
    ])
    expect(today.data.services).toEqual([])
  })

  it('R2 logs a walk-in service once however often it is tapped', async () => {
    const taps = await Promise.all([1, 2].map(() => log({})))
    expect(taps.map(codeOf)).toEqual(['ok', 'ok'])
    expect(codeOf(await log({ requestId: 'walkin-req-0002', itemId: 'item-006', count: 1, assisted: false }))).toBe('ok')
    const stored = await cloud.dump('walkInServices')
    expect(stored).toHaveLength(2)
    expect(stored.find((s) => s._id === 'walkin-staff-rs-1-walkin-req-0001')).toMatchObject({ windowId: 'win-05', date: SATURDAY, itemName: '就业创业证申领', count: 2, assisted: true, staffName: '郑丽' })
    const today = await cloud.call('counter', 'walkIn.today', {}, RS_STAFF)
    expect(today.data.services.map((s: any) => [s.itemName, s.count, s.assisted])).toEqual([
      ['社会保障卡申领与补换', 1, false],
      ['就业创业证申领', 2, true],
    ])
  })

  it('R2 R21 shows colleagues on duty at the same window that day its whole log, each entry with who logged it; nobody else', async () => {
    // 吴刚 leads window 5 on Saturday afternoon, 郑丽 covered the morning
    const leader = await cloud.call('counter', 'walkIn.today', {}, RS_LEADER)
    expect(codeOf(leader)).toBe('ok')
    expect(leader.data.shifts.map((s: any) => [s.windowId, s.half])).toEqual([['win-05', 'pm']])
    expect(leader.data.services.map((s: any) => [s.staffName, s.itemName, s.count])).toEqual([
      ['郑丽', '社会保障卡申领与补换', 1],
      ['郑丽', '就业创业证申领', 2],
    ])
    // 周萍 (window 2) is not on duty today: no window, no entries
    const other = await cloud.call('counter', 'walkIn.today', {}, SCJG_STAFF)
    expect(codeOf(other)).toBe('ok')
    expect([other.data.shifts, other.data.windows, other.data.services]).toEqual([[], [], []])
    expect(codeOf(await cloud.call('counter', 'walkIn.today', {}, CITIZEN))).toBe('FORBIDDEN')
    expect(codeOf(await cloud.call('counter', 'walkIn.today', {}, SECTION))).toBe('FORBIDDEN')
  })

  it.each([
    ['an item of another department', { requestId: 'walkin-req-0003', itemId: 'item-001' }, RS_STAFF, 'INVALID_INPUT'],
    ['an item by appointment only', { requestId: 'walkin-req-0004', itemId: 'item-020' }, RS_STAFF, 'INVALID_INPUT'],
    ['a count of 0', { requestId: 'walkin-req-0005', count: 0 }, RS_STAFF, 'INVALID_INPUT'],
    ["someone else's shift", { requestId: 'walkin-req-0006' }, SCJG_STAFF, 'NOT_FOUND'],
    ['the leader on a colleague\'s shift', { requestId: 'walkin-req-0007' }, RS_LEADER, 'NOT_FOUND'],
    ['a citizen', { requestId: 'walkin-req-0008' }, CITIZEN, 'FORBIDDEN'],
  ])('refuses %s (%j) and writes nothing', async (_case, input, openid, code) => {
    const before = await written()
    expect(codeOf(await log(input, openid))).toBe(code)
    expect(await written()).toEqual(before)
  })
})

describe("supervision follows the section's decision and shows the weekend volume (R2, R23)", () => {
  it('R23 counts no gap for the closed Saturday of window 3, the weekend volume of window 5, in the report and its CSV', async () => {
    await cloud.setClock('2026-10-19T09:00:00+08:00')
    const period = { from: MONDAY.slice(0, 10), to: SUNDAY }
    const report = await cloud.call('supervision', 'supervision.report', period, SECTION)
    expect(codeOf(report)).toBe('ok')
    const row = (id: string) => report.data.windows.find((w: any) => w.windowId === id)
    // Window 3: Saturday closed with a reason, Sunday reopened and left empty.
    expect(row('win-03').counts).toMatchObject({ gapDays: 1, closedDays: 1 })
    expect(row('win-03').deductions.find((d: any) => d.key === 'dutyGap')).toMatchObject({ count: 1, points: 3 })
    // Window 5: covered on Saturday by window 4's staff, empty on Sunday.
    expect(row('win-05').counts).toMatchObject({ gapDays: 1, closedDays: 0, walkInServed: 3, walkInAssisted: 2, shiftsScheduled: 2 })
    const csv = await cloud.call('supervision', 'supervision.report', { ...period, format: 'csv' }, SECTION)
    const lines: string[] = csv.data.csv.split('\r\n')
    const header = lines.find((l) => l.startsWith('窗口编号'))!.split(',')
    const win05 = lines.find((l) => l.startsWith('5,'))!.split(',')
    expect(win05[header.indexOf('周末办件量')]).toBe('3')
    expect(win05[header.indexOf('其中帮办代办')]).toBe('2')
    expect(lines.find((l) => l.startsWith('3,'))!.split(',')[header.indexOf('管理科批准不开放天数')]).toBe('1')
  })

  it('reads the roster, the weekend view and the walk-in log in at most 2 database requests on a warm instance', async () => {
    await cloud.setClock(`${SATURDAY}T10:00:00+08:00`)
    for (const [fn, action, input, openid] of [
      ['supervision', 'duty.roster', { from: SATURDAY, to: SUNDAY }, SECTION],
      ['catalog', 'weekend.walkIn', {}, undefined],
      ['counter', 'walkIn.today', {}, RS_STAFF],
    ] as const) {
      const calls = []
      for (let i = 0; i < 4; i++) calls.push(await callCounted(fn, action, input, openid))
      expect(calls.every((c) => c.body.ok)).toBe(true)
      const dbRequests = Math.min(...calls.map((c) => c.dbRequests))
      console.log(`[db requests] ${fn} ${action}: ${dbRequests}`)
      expect(dbRequests).toBeLessThanOrEqual(2)
    }
  })
})
