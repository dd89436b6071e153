import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { emulatorSdk } from '../support/emulatorSdk'
import { startCloud, type Cloud } from '../support/cloud'

/**
 * The register (台账) as .xlsx and the registration form as .docx (R8, R19), written to the
 * emulator's cloud storage by `section` through the real wx-server-sdk, read back through the
 * temporary URL the action answered, and opened with a reader (exceljs, jszip).
 */
const ZHANG = 'oEXAMPLE_citizen_zhang'
const DESK = 'oEXAMPLE_desk_zhao'
const SECTION = 'oEXAMPLE_section_li'
const STAFF = 'oEXAMPLE_scjg_staff'
const LEADER = 'oEXAMPLE_scjg_leader'
const OTHER_STAFF = 'oEXAMPLE_rs_staff'
const ADMIN = 'oEXAMPLE_admin_wang'

let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock('2026-09-30T10:00:00+08:00')
}, 60_000)
afterAll(() => cloud?.close())

let seq = 0
const request = (overrides: Record<string, unknown> = {}) => ({
  requestId: `doc-${Date.now().toString(36)}-${++seq}`,
  itemIds: ['item-006'],
  date: '2026-10-02',
  halfDay: 'am',
  applicant: { name: '王老汉', phone: '13900002222' },
  ...overrides,
})
const codeOf = (answer: any) => (answer.ok ? 'ok' : answer.error.code)
const db = () => emulatorSdk(cloud).database()

/** An appointment registered by phone, at window 2, in `status`, with what the record adds. */
async function made(phone: string, data: Record<string, unknown>, date = '2026-10-02'): Promise<{ id: string; referenceNo: string }> {
  const answer = await cloud.call('booking', 'appointments.request', request({ date, channel: 'phone', applicant: { name: '王老汉', phone } }), DESK)
  expect(answer.ok).toBe(true)
  const { id, referenceNo } = answer.data.appointment
  await db().collection('appointments').doc(id).update({ data: { version: 5, leadWindowId: 'win-02', parts: [{ windowId: 'win-02', role: 'lead' }], ...data } })
  return { id, referenceNo }
}

const served = {
  status: 'completed',
  assignedStaffId: 'staff-scjg-1',
  agreedTime: '09:30',
  outcome: { result: '营业执照已发放', startedAt: Date.parse('2026-10-02T09:30:00+08:00'), endedAt: Date.parse('2026-10-02T10:00:00+08:00'), minutes: 30 },
  filing: { archiveNo: '2026-G-0007', box: '第3盒', at: Date.parse('2026-10-09T10:00:00+08:00'), by: 'staff-section' },
}

let first: { id: string; referenceNo: string }
let second: { id: string; referenceNo: string }
let elsewhere: { id: string; referenceNo: string }
beforeAll(async () => {
  first = await made('13900002222', served)
  // the leader's own: 周萍 is neither its assigned staff nor the window's leader (canSeePhone)
  second = await made('13900003333', {
    status: 'confirmed',
    assignedStaffId: 'staff-scjg-leader',
    agreedTime: '14:30',
    applicant: { name: '刘经理', phone: '13900003333', company: { name: '沂源县鲁山食品有限公司', creditCode: '91370323MA3C0XXX0X' } },
  }, '2026-10-03')
  elsewhere = await made('13900004444', { leadWindowId: 'win-04', parts: [{ windowId: 'win-04', role: 'lead' }], status: 'dispatched' })
}, 60_000)

async function download(url: string): Promise<Buffer> {
  const res = await fetch(url)
  expect(res.status).toBe(200)
  return Buffer.from(await res.arrayBuffer())
}

async function registerRows(answer: any): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await download(answer.data.url)) as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet('预约台账')!
  const rows: string[][] = []
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))))
  return rows
}

const PERIOD = { from: '2026-10-01', to: '2026-10-08' }

describe('the register as .xlsx (R8, R19)', () => {
  it('R19 gives the section every window\'s appointments of the period, one row each, phones whole, dates in Chinese', async () => {
    const answer = await cloud.call('section', 'records.register', PERIOD, SECTION)
    expect(answer.ok).toBe(true)
    expect(answer.data).toMatchObject({ fileType: 'xlsx', fileName: '预约台账_2026年10月1日至2026年10月8日.xlsx', rows: 3 })
    expect(answer.data.fileID).toMatch(/^cloud:\/\/local-emulator\.[^/]+\/documents\/register\/2026-09-30\/[0-9a-f]+\.xlsx$/)
    const rows = await registerRows(answer)
    expect(rows[0]![0]).toBe('沂源县政务服务中心预约台账')
    expect(rows[1]![0]).toMatch(/^2026年10月1日至2026年10月8日 · 全部窗口 · 共3条 · 导出时间 2026年9月30日 10:\d\d$/)
    expect(rows[2]).toEqual(['预约编号', '申请人', '电话', '事项', '窗口', '经办人', '预约日期与时间', '渠道', '状态', '结果', '归档号'])
    const byNo = new Map(rows.slice(3).map((r) => [r[0], r]))
    expect(byNo.get(first.referenceNo)).toEqual([
      first.referenceNo, '王老汉', '13900002222', '社会保障卡申领与补换', '2号窗口（市场主体登记）', '周萍', '2026年10月2日 09:30', '电话预约', '已办结', '营业执照已发放', '2026-G-0007（第3盒）',
    ])
    expect(byNo.get(second.referenceNo)!.slice(1, 3)).toEqual(['沂源县鲁山食品有限公司（联系人 刘经理）', '13900003333'])
    expect(byNo.get(second.referenceNo)![6]).toBe('2026年10月3日 14:30')
    // oldest first, as a paper register is kept
    expect(rows.slice(3).map((r) => r[6]!.slice(0, 10))).toEqual(['2026年10月2日', '2026年10月2日', '2026年10月3日'])
    // people never read an ISO date, an id or an English status
    expect(rows.flat().join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}|win-|staff-|item-|completed|confirmed/)
  })

  it('R19 gives a window\'s staff their own window only, the phone masked where they need not call (canSeePhone)', async () => {
    const answer = await cloud.call('section', 'records.register', PERIOD, STAFF)
    expect(answer.ok).toBe(true)
    expect(answer.data.rows).toBe(2)
    const rows = (await registerRows(answer)).slice(3)
    expect(rows.map((r) => r[0]).sort()).toEqual([first.referenceNo, second.referenceNo].sort())
    expect(rows.find((r) => r[0] === first.referenceNo)![2]).toBe('13900002222')
    expect(rows.find((r) => r[0] === second.referenceNo)![2]).toBe('139****3333')
    // the window's leader may call every applicant of the window
    const leader = await registerRows(await cloud.call('section', 'records.register', PERIOD, LEADER))
    expect(leader.slice(3).map((r) => r[2]).sort()).toEqual(['13900002222', '13900003333'])
  })

  it('R19 refuses another window\'s register to staff, and the register to citizens, the desk and admins (FORBIDDEN)', async () => {
    expect(codeOf(await cloud.call('section', 'records.register', { ...PERIOD, windowId: 'win-04' }, STAFF))).toBe('FORBIDDEN')
    expect(codeOf(await cloud.call('section', 'records.register', { ...PERIOD, windowId: 'win-02' }, OTHER_STAFF))).toBe('FORBIDDEN')
    for (const who of [ZHANG, DESK, ADMIN, undefined]) expect(codeOf(await cloud.call('section', 'records.register', PERIOD, who))).toBe('FORBIDDEN')
  })

  it('R19 refuses a period backwards or over a year, naming the field, and writes nothing', async () => {
    const before = (await cloud.dump('generatedFiles')).length
    const backwards = await cloud.call('section', 'records.register', { from: '2026-10-08', to: '2026-10-01' }, SECTION)
    expect(backwards).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { to: '结束日期不能早于开始日期' } } })
    const long = await cloud.call('section', 'records.register', { from: '2026-01-01', to: '2027-01-02' }, SECTION)
    expect(long).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { to: '台账一次最多导出366天' } } })
    expect(codeOf(await cloud.call('section', 'records.register', { from: '2026-10-1', to: '2026-10-08' }, SECTION))).toBe('INVALID_INPUT')
    expect((await cloud.dump('generatedFiles')).length).toBe(before)
  })

  it('R19 gives the section one window\'s register when it names one', async () => {
    const answer = await cloud.call('section', 'records.register', { ...PERIOD, windowId: 'win-04' }, SECTION)
    const rows = await registerRows(answer)
    expect(rows[1]![0]).toContain('4号窗口（社保业务）')
    expect(rows.slice(3).map((r) => r[0])).toEqual([elsewhere.referenceNo])
  })
})

describe('the registration form as .docx (R8, R19)', () => {
  async function documentXml(answer: any): Promise<string> {
    const zip = await JSZip.loadAsync(await download(answer.data.url))
    return zip.file('word/document.xml')!.async('string')
  }
  const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')

  it('R19 writes the form with the HTML form\'s content: Chinese dates, 24-hour times, materials, contact, signatures, review box', async () => {
    const answer = await cloud.call('section', 'records.formDocument', { appointmentId: first.id }, SECTION)
    expect(answer.ok).toBe(true)
    expect(answer.data).toMatchObject({ fileType: 'docx', fileName: `预约服务登记表_${first.referenceNo}.docx` })
    const text = textOf(await documentXml(answer))
    for (const part of [
      '沂源县政务服务中心预约服务登记表', `预约编号：${first.referenceNo}`, '打印时间：2026年9月30日 10:', '王老汉', '13900002222', '电话预约',
      '社会保障卡申领与补换', '2026年10月2日 上午', '09:30', '2号窗口 市场主体登记', '周萍', '告知材料', '近期免冠证件照', '尚未联系申请人告知',
      '联系记录', '营业执照已发放', '2026年10月2日 09:30 至 10:00', '30分钟', '请申请人在下方签字确认', '办理过程记录', '申请人签字：',
      '窗口经办人签字：', '管理科审核意见：', '审核人签字：', '归档号：2026-G-0007（第3盒）',
    ]) expect(text).toContain(part)
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|win-0|staff-|item-0/)
  })

  it('R19 masks the phone on a window colleague\'s form, tells other windows NOT_FOUND and citizens FORBIDDEN', async () => {
    const own = await cloud.call('section', 'records.formDocument', { appointmentId: second.id }, STAFF)
    expect(own.ok).toBe(true)
    const text = textOf(await documentXml(own))
    expect(text).toContain('139****3333')
    expect(text).toContain('沂源县鲁山食品有限公司')
    expect(codeOf(await cloud.call('section', 'records.formDocument', { appointmentId: first.id }, OTHER_STAFF))).toBe('NOT_FOUND')
    expect(codeOf(await cloud.call('section', 'records.formDocument', { appointmentId: first.id }, ZHANG))).toBe('FORBIDDEN')
  })
})

describe('the documents in cloud storage (R19)', () => {
  it('R19 keeps a file out of reach without the URL issued: no signature, a forged one or a guessed path is refused (403)', async () => {
    const answer = await cloud.call('section', 'records.formDocument', { appointmentId: first.id }, SECTION)
    const url: string = answer.data.url
    expect((await fetch(url.slice(0, url.indexOf('?')))).status).toBe(403)
    expect((await fetch(url.replace(/sign=([0-9a-f])/, (_m: string, c: string) => `sign=${c === 'a' ? 'b' : 'a'}`))).status).toBe(403)
    expect((await fetch(url.replace(/[0-9a-f]{24}\.docx/, '000000000000000000000000.docx'))).status).toBe(403)
    // the URL lives ten minutes
    expect(answer.data.expiresAt - Date.parse('2026-09-30T10:00:00+08:00')).toBeGreaterThanOrEqual(600_000)
    await cloud.setClock('2026-09-30T10:15:00+08:00')
    try {
      expect((await fetch(url)).status).toBe(403)
    } finally {
      await cloud.setClock('2026-09-30T10:00:00+08:00')
    }
  })

  it('R19 deletes documents older than documentRetentionDays on the scheduler\'s run, and keeps newer ones', async () => {
    await cloud.call('section', 'records.formDocument', { appointmentId: first.id }, SECTION)
    const written = await cloud.dump('generatedFiles')
    expect(written.length).toBeGreaterThan(0)
    const fileIds: string[] = written.map((f) => f.fileID)
    // moving the clock runs the scheduler's timer for the time passed (every 5 minutes)
    await cloud.setClock('2026-10-06T10:00:00+08:00')
    expect((await cloud.dump('generatedFiles')).length).toBe(written.length)
    const fresh = await cloud.call('section', 'records.register', PERIOD, SECTION)
    await cloud.setClock('2026-10-07T10:30:00+08:00')
    try {
      expect((await cloud.dump('generatedFiles')).map((f) => f.fileID)).toEqual([fresh.data.fileID])
      const { fileList } = (await emulatorSdk(cloud).getTempFileURL({ fileList: [...fileIds, fresh.data.fileID] })) as { fileList: { status: number }[] }
      expect(fileList.map((f) => f.status)).toEqual([...fileIds.map(() => -503003), 0])
      const res = await fetch(`${cloud.url}/__dev/triggers/scheduler`, { method: 'POST' })
      const fired = await res.json()
      expect(fired.value.data).toMatchObject({ ran: expect.arrayContaining(['documents']), documentsDeleted: 0 })
      expect(fired.value.data.errors).toBeUndefined()
    } finally {
      await cloud.setClock('2026-09-30T10:00:00+08:00')
    }
  })
})
